using System.Text.Json;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>
/// Checks a <c>CreateInstances</c> body the way the service does and turns it into an <see cref="InstanceSpec"/>.
/// This models the SERVICE, which may differ from the library's client-side rules: the official SDKs send
/// anything, and the endpoint must answer what Lightsail would.
/// </summary>
internal static class CreateInstancesValidator
{
    private static readonly string[] Required = ["instanceNames", "availabilityZone", "blueprintId", "bundleId"];


    public static InstanceSpec Validate(JsonElement input, RegionInfo region)
    {
        CheckRequired(input, Required);
        var names = JsonInput.OptionalStringList(input, "instanceNames")!;
        var zone = JsonInput.OptionalString(input, "availabilityZone")!;
        var blueprintId = JsonInput.OptionalString(input, "blueprintId")!;
        var bundleId = JsonInput.OptionalString(input, "bundleId")!;

        CheckNames(names);
        CheckZone(zone, region);
        var blueprint = LocalCatalog.FindBlueprint(blueprintId)
            ?? throw ServiceErrors.NotFound($"The specified blueprint does not exist: {blueprintId}");
        var bundle = FindBundle(bundleId);
        return Complete(input, names, zone, blueprint, bundle);
    }

    /// <summary>The checks after the image is known; shared with CreateInstancesFromSnapshot.</summary>
    internal static InstanceSpec Complete(JsonElement input, IReadOnlyList<string> names, string zone, BlueprintInfo blueprint, BundleInfo bundle)
    {
        CheckPairing(blueprint, bundle);
        var ipAddressType = JsonInput.OptionalString(input, "ipAddressType") ?? "dualstack";
        CheckIpAddressType(ipAddressType, bundle);

        var keyPairName = JsonInput.OptionalString(input, "keyPairName");
        if (keyPairName is not null && !ResourceNames.IsValid(keyPairName))
        {
            throw ServiceErrors.InvalidInput($"The key pair name '{keyPairName}' is invalid. {ResourceNames.Rule}");
        }

        var tags = TagRules.Read(input);
        var addOns = AddOnRules.Read(input, blueprint, bundle);
        var userData = JsonInput.OptionalString(input, "userData");
        return new InstanceSpec(names, zone, blueprint, bundle, tags, addOns, ipAddressType, keyPairName, userData);
    }

    internal static BundleInfo FindBundle(string bundleId) =>
        LocalCatalog.FindBundle(bundleId) ?? throw ServiceErrors.NotFound($"The specified bundle does not exist in this region: {bundleId}");

    internal static void CheckZone(string zone, RegionInfo region)
    {
        if (!region.Zones.Contains(zone, StringComparer.Ordinal))
        {
            throw ServiceErrors.InvalidInput(
                "The given Availability Zone is invalid. It must be one of the following: " + string.Join(",", region.Zones));
        }
    }

    /// <summary>Coral reports every missing required member at once.</summary>
    internal static void CheckRequired(JsonElement input, IReadOnlyList<string> required)
    {
        var missing = required
            .Where(name => !input.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            .ToList();
        if (missing.Count == 1)
        {
            throw JsonInput.Missing(missing[0]);
        }

        if (missing.Count > 1)
        {
            throw ServiceErrors.InvalidInput($"{missing.Count} validation errors detected: " + string.Join("; ", missing.Select(name =>
                $"Value null at '{name}' failed to satisfy constraint: Member must not be null")));
        }

        // Required strings must also hold a non-blank value; lists and structures are checked by their readers.
        foreach (var name in required.Where(name => input.GetProperty(name).ValueKind == JsonValueKind.String))
        {
            if (string.IsNullOrWhiteSpace(JsonInput.OptionalString(input, name)))
            {
                throw ServiceErrors.InvalidInput(
                    $"1 validation error detected: Value at '{name}' failed to satisfy constraint: Member must satisfy regular expression pattern: .*\\S.*");
            }
        }
    }

    internal static void CheckNames(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            throw ServiceErrors.InvalidInput("You must specify at least one instance name.");
        }

        var invalid = names.Where(name => !ResourceNames.IsValid(name)).ToList();
        if (invalid.Count > 0)
        {
            throw ServiceErrors.InvalidInput($"Some names are invalid: {string.Join(", ", invalid)}. {ResourceNames.Rule}");
        }

        var duplicates = names.GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw ServiceErrors.InvalidInput("Duplicate instance names in the request: " + string.Join(", ", duplicates));
        }
    }

    private static void CheckPairing(BlueprintInfo blueprint, BundleInfo bundle)
    {
        if (blueprint.Platform != bundle.Platform)
        {
            throw ServiceErrors.InvalidInput(
                $"The bundle {bundle.BundleId} supports the {bundle.Platform} platform, but the blueprint {blueprint.BlueprintId} requires {blueprint.Platform}.");
        }

        if (bundle.Power < blueprint.MinPower)
        {
            throw ServiceErrors.InvalidInput(
                $"The blueprint {blueprint.BlueprintId} needs a bundle with a power of {blueprint.MinPower} or more; {bundle.BundleId} has {bundle.Power}.");
        }
    }

    private static void CheckIpAddressType(string ipAddressType, BundleInfo bundle)
    {
        IpAddressTypeRules.CheckValue(ipAddressType);

        if (ipAddressType == "ipv6" && !bundle.IsIpv6Only)
        {
            throw ServiceErrors.InvalidInput(
                $"The bundle {bundle.BundleId} does not support the ipv6 IP address type. Choose an IPv6-only bundle (*_ipv6_*).");
        }

        if (ipAddressType != "ipv6" && bundle.IsIpv6Only)
        {
            throw ServiceErrors.InvalidInput(
                $"The IPv6-only bundle {bundle.BundleId} requires the ipv6 IP address type, not {ipAddressType}.");
        }
    }
}
