using System.Text.Json;
using System.Text.RegularExpressions;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>
/// Add-on rules (O1–O11): a known <c>addOnType</c>, snapshot times on the hour in UTC, no automatic snapshots for
/// Windows, StopInstanceOnIdle only for Lightsail for Research resources (an LfR blueprint or bundle), one per type.
/// </summary>
internal static partial class AddOnRules
{
    public static IReadOnlyList<InstanceAddOn> Read(JsonElement input, BlueprintInfo blueprint, BundleInfo bundle)
    {
        var list = JsonInput.OptionalList(input, "addOns");
        if (list is null)
        {
            return [];
        }

        var addOns = new List<InstanceAddOn>();
        foreach (var item in list)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ServiceErrors.Serialization($"Expected an AddOnRequest structure in 'addOns' but found {item.ValueKind}.");
            }

            var addOn = ReadOne(item, "addOns.member", blueprint, bundle);
            if (addOns.Any(a => a.Name == addOn.Name))
            {
                throw ServiceErrors.InvalidInput($"The add-on {addOn.Name} is specified more than once.");
            }

            addOns.Add(addOn);
        }

        return addOns;
    }

    /// <summary>
    /// One <c>AddOnRequest</c> structure, found at <paramref name="path"/> (<c>addOns.member</c> in CreateInstances,
    /// <c>addOnRequest</c> in EnableAddOn), for an instance of <paramref name="blueprint"/> and <paramref name="bundle"/>.
    /// </summary>
    public static InstanceAddOn ReadOne(JsonElement item, string path, BlueprintInfo blueprint, BundleInfo bundle)
    {
        var type = JsonInput.OptionalString(item, "addOnType") ?? throw JsonInput.Missing(path + ".addOnType");
        CheckType(type, path + ".addOnType");
        return type == "AutoSnapshot"
            ? ReadAutoSnapshot(item, blueprint)
            : ReadStopInstanceOnIdle(item, blueprint, bundle);
    }

    /// <summary>The <c>AddOnType</c> enum, checked as the service's model validation does.</summary>
    public static void CheckType(string type, string path)
    {
        if (type is not ("AutoSnapshot" or "StopInstanceOnIdle"))
        {
            throw ServiceErrors.InvalidInput(
                $"1 validation error detected: Value '{type}' at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [AutoSnapshot, StopInstanceOnIdle]");
        }
    }

    private static InstanceAddOn ReadAutoSnapshot(JsonElement item, BlueprintInfo blueprint)
    {
        if (blueprint.IsWindows)
        {
            throw ServiceErrors.InvalidInput("Automatic snapshots are not supported for Windows instances.");
        }

        var request = JsonInput.OptionalObject(item, "autoSnapshotAddOnRequest");
        var time = request is { } r ? JsonInput.OptionalString(r, "snapshotTimeOfDay") : null;
        if (time is not null && !OnTheHour().IsMatch(time))
        {
            throw ServiceErrors.InvalidInput(
                $"The snapshot time of day '{time}' is invalid. It must be in HH:00 format, in an hourly increment, in UTC.");
        }

        // Without a time the service picks a per-region default; 06:00 is us-east-1's.
        return new InstanceAddOn("AutoSnapshot", time ?? "06:00", null, null);
    }

    private static InstanceAddOn ReadStopInstanceOnIdle(JsonElement item, BlueprintInfo blueprint, BundleInfo bundle)
    {
        if (blueprint.AppCategory != LocalCatalog.ResearchCategory && bundle.AppCategory != LocalCatalog.ResearchCategory)
        {
            throw ServiceErrors.InvalidInput("The StopInstanceOnIdle add-on is only supported for Lightsail for Research resources.");
        }

        // Both members are strings in the model, with no constraints; the service keeps them as given.
        var request = JsonInput.OptionalObject(item, "stopInstanceOnIdleRequest");
        var threshold = request is { } r ? JsonInput.OptionalString(r, "threshold") : null;
        var duration = request is { } d ? JsonInput.OptionalString(d, "duration") : null;
        return new InstanceAddOn("StopInstanceOnIdle", null, threshold, duration);
    }

    [GeneratedRegex("^([01][0-9]|2[0-3]):00$")]
    private static partial Regex OnTheHour();
}
