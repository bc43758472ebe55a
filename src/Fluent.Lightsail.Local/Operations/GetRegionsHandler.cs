using System.Text.Json;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary><c>GetRegions</c>: every Lightsail region; zones only with <c>includeAvailabilityZones</c>.</summary>
internal sealed class GetRegionsHandler : IOperationHandler
{
    public string Name => "GetRegions";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        var includeZones = JsonInput.OptionalBoolean(input, "includeAvailabilityZones") ?? false;
        var includeDatabaseZones = JsonInput.OptionalBoolean(input, "includeRelationalDatabaseAvailabilityZones") ?? false;
        output.WriteStartObject();
        output.WriteStartArray("regions");
        foreach (var region in LocalCatalog.Regions)
        {
            output.WriteStartObject();
            output.WriteString("continentCode", region.ContinentCode);
            output.WriteString("description", region.Description);
            output.WriteString("displayName", region.DisplayName);
            output.WriteString("name", region.Name);
            if (includeZones)
            {
                WriteZones(output, "availabilityZones", region);
            }

            if (includeDatabaseZones)
            {
                WriteZones(output, "relationalDatabaseAvailabilityZones", region);
            }

            output.WriteEndObject();
        }

        output.WriteEndArray();
        output.WriteEndObject();
    }

    private static void WriteZones(Utf8JsonWriter output, string name, RegionInfo region)
    {
        output.WriteStartArray(name);
        foreach (var zone in region.Zones)
        {
            output.WriteStartObject();
            output.WriteString("zoneName", zone);
            output.WriteString("state", "available");
            output.WriteEndObject();
        }

        output.WriteEndArray();
    }
}
