using System.Text.Json;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetBlueprints</c>: the catalogue; <c>appCategory=LfR</c> gives the Lightsail for Research images only.</summary>
internal sealed class GetBlueprintsHandler : IOperationHandler
{
    public string Name => "GetBlueprints";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        _ = JsonInput.OptionalBoolean(input, "includeInactive");
        var appCategory = JsonInput.OptionalString(input, "appCategory");
        output.WriteStartObject();
        output.WriteStartArray("blueprints");
        foreach (var blueprint in LocalCatalog.ForAppCategory(LocalCatalog.Blueprints, appCategory, b => b.AppCategory))
        {
            output.WriteStartObject();
            output.WriteString("blueprintId", blueprint.BlueprintId);
            output.WriteString("name", blueprint.Name);
            output.WriteString("group", blueprint.Group);
            output.WriteString("type", blueprint.Type);
            output.WriteString("description", blueprint.Description);
            output.WriteBoolean("isActive", true);
            output.WriteNumber("minPower", blueprint.MinPower);
            output.WriteString("version", blueprint.Version);
            output.WriteString("versionCode", "1");
            output.WriteString("productUrl", $"https://aws.amazon.com/marketplace/search?searchTerms={blueprint.BlueprintId}");
            output.WriteString("licenseUrl", "https://aws.amazon.com/lightsail/");
            output.WriteString("platform", blueprint.Platform);
            if (blueprint.AppCategory is { } category)
            {
                output.WriteString("appCategory", category);
            }

            output.WriteEndObject();
        }

        output.WriteEndArray();
        output.WriteEndObject();
    }
}
