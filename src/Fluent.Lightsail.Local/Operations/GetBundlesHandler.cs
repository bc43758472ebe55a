using System.Text.Json;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Operations;

/// <summary>
/// <c>GetBundles</c>: every plan with price, hardware, power, platforms and public IPv4 count; <c>appCategory=LfR</c>
/// gives the Lightsail for Research plans only.
/// </summary>
internal sealed class GetBundlesHandler : IOperationHandler
{
    public string Name => "GetBundles";

    public void Handle(JsonElement input, Utf8JsonWriter output, OperationContext context)
    {
        _ = JsonInput.OptionalBoolean(input, "includeInactive");
        var appCategory = JsonInput.OptionalString(input, "appCategory");
        output.WriteStartObject();
        output.WriteStartArray("bundles");
        foreach (var bundle in LocalCatalog.ForAppCategory(LocalCatalog.Bundles, appCategory, b => b.AppCategory))
        {
            output.WriteStartObject();
            output.WriteNumber("price", bundle.Price);
            output.WriteNumber("cpuCount", bundle.CpuCount);
            output.WriteNumber("diskSizeInGb", bundle.DiskSizeInGb);
            output.WriteString("bundleId", bundle.BundleId);
            output.WriteString("instanceType", bundle.InstanceType);
            output.WriteBoolean("isActive", true);
            output.WriteString("name", bundle.Name);
            output.WriteNumber("power", bundle.Power);
            output.WriteNumber("ramSizeInGb", bundle.RamSizeInGb);
            output.WriteNumber("transferPerMonthInGb", bundle.TransferPerMonthInGb);
            output.WriteStartArray("supportedPlatforms");
            output.WriteStringValue(bundle.Platform);
            output.WriteEndArray();
            output.WriteStartArray("supportedAppCategories");
            if (bundle.AppCategory is { } category)
            {
                output.WriteStringValue(category);
            }

            output.WriteEndArray();
            output.WriteNumber("publicIpv4AddressCount", bundle.PublicIpv4AddressCount);
            output.WriteEndObject();
        }

        output.WriteEndArray();
        output.WriteEndObject();
    }
}
