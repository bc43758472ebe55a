using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// The one comparison of a requested instance with an existing one, member by member, used both by a create call's
/// ownership check (<see cref="InstanceMatch"/>) and by provisioning plans. A member the request leaves unset must show
/// the service's default, or nothing. User data is not compared: Lightsail never returns it.
/// </summary>
internal static class InstanceComparison
{
    /// <summary>The key pair Lightsail uses when a create names none (one per region).</summary>
    public const string DefaultKeyPairName = "LightsailDefaultKeyPair";

    /// <summary>The IP address type Lightsail gives an instance when a create names none.</summary>
    public const string DefaultIpAddressType = "dualstack";

    private const string DisabledStatus = "Disabled";

    /// <summary>
    /// Every difference, in a fixed order: blueprint, bundle, zone, key pair, IP address type, then tags by key, then
    /// add-ons by type. The blueprint is skipped when <see cref="RequestedInstances.BlueprintId"/> is unset (a create
    /// from a snapshot takes it from the snapshot).
    /// </summary>
    public static List<InstanceDifference> Differences(Instance instance, RequestedInstances requested)
    {
        var differences = new List<InstanceDifference>();
        if (requested.BlueprintId != null && !string.Equals(instance.BlueprintId, requested.BlueprintId, StringComparison.Ordinal))
        {
            differences.Add(new InstanceDifference(InstanceDifferenceKind.Blueprint, null, instance.BlueprintId, requested.BlueprintId));
        }

        if (!string.Equals(instance.BundleId, requested.BundleId, StringComparison.Ordinal))
        {
            differences.Add(new InstanceDifference(InstanceDifferenceKind.Bundle, null, instance.BundleId, requested.BundleId));
        }

        var zone = instance.Location?.AvailabilityZone;
        if (!string.Equals(zone, requested.AvailabilityZone, StringComparison.Ordinal))
        {
            differences.Add(new InstanceDifference(InstanceDifferenceKind.AvailabilityZone, null, zone, requested.AvailabilityZone));
        }

        AddIfDifferent(differences, InstanceDifferenceKind.KeyPair, instance.SshKeyName, requested.KeyPairName, DefaultKeyPairName, StringComparison.Ordinal);
        AddIfDifferent(differences, InstanceDifferenceKind.IpAddressType, instance.IpAddressType?.Value, requested.IpAddressType?.Value, DefaultIpAddressType, StringComparison.OrdinalIgnoreCase);
        AddTagDifferences(differences, instance.Tags, requested.Tags);
        AddAddOnDifferences(differences, instance.AddOns, requested.AddOns);
        return differences;
    }

    /// <summary>
    /// A member the request sets must be shown with that value; an unset one may be absent from the answer or must show
    /// the service's default, which is what the difference then names as desired.
    /// </summary>
    private static void AddIfDifferent(List<InstanceDifference> differences, InstanceDifferenceKind kind, string? shown, string? requested, string serviceDefault, StringComparison comparison)
    {
        var same = requested != null
            ? string.Equals(shown, requested, comparison)
            : shown == null || string.Equals(shown, serviceDefault, comparison);
        if (!same)
        {
            differences.Add(new InstanceDifference(kind, null, shown, requested ?? serviceDefault));
        }
    }

    /// <summary>
    /// Tags by key; a tag without a value equals one with an empty value (the service may show either). The differences
    /// carry the values as given, <see langword="null"/> for a key-only tag.
    /// </summary>
    private static void AddTagDifferences(List<InstanceDifference> differences, List<Tag>? shown, List<Tag> requested)
    {
        var current = ByKey(shown ?? new List<Tag>());
        var desired = ByKey(requested);
        foreach (var key in current.Keys.Union(desired.Keys).OrderBy(key => key, StringComparer.Ordinal))
        {
            var has = current.TryGetValue(key, out var value);
            var wants = desired.TryGetValue(key, out var wanted);
            if (has && wants && !string.Equals(value ?? string.Empty, wanted ?? string.Empty, StringComparison.Ordinal))
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.TagChanged, key, value, wanted));
            }
            else if (wants && !has)
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.TagAdded, key, null, wanted));
            }
            else if (has && !wants)
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.TagRemoved, key, value, null));
            }
        }
    }

    private static Dictionary<string, string?> ByKey(List<Tag> tags)
    {
        var byKey = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag?.Key != null)
            {
                byKey[tag.Key] = tag.Value;
            }
        }

        return byKey;
    }

    private static void AddAddOnDifferences(List<InstanceDifference> differences, List<AddOn>? shown, List<AddOnRequest> requested)
    {
        var enabled = (shown ?? new List<AddOn>())
            .Where(addOn => addOn?.Name != null && !string.Equals(addOn.Status, DisabledStatus, StringComparison.OrdinalIgnoreCase))
            .GroupBy(addOn => addOn.Name!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var wanted = requested
            .Where(addOn => addOn?.AddOnType?.Value != null)
            .GroupBy(addOn => addOn.AddOnType!.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        foreach (var type in enabled.Keys.Union(wanted.Keys).OrderBy(type => type, StringComparer.Ordinal))
        {
            var isOn = enabled.TryGetValue(type, out var addOn);
            var wantsOn = wanted.TryGetValue(type, out var request);
            if (wantsOn && !isOn)
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, type, null, Settings(request!)));
            }
            else if (isOn && !wantsOn)
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.AddOnDisabled, type, Settings(addOn!), null));
            }
            else if (isOn && wantsOn && !HasRequestedSettings(addOn!, request!))
            {
                differences.Add(new InstanceDifference(InstanceDifferenceKind.AddOnChanged, type, Settings(addOn!), Settings(request!)));
            }
        }
    }

    /// <summary>A setting the request leaves unset is the service's choice, so only the ones it sets are compared.</summary>
    private static bool HasRequestedSettings(AddOn addOn, AddOnRequest wanted) =>
        SameIfSet(addOn.SnapshotTimeOfDay, wanted.AutoSnapshotAddOnRequest?.SnapshotTimeOfDay)
        && SameIfSet(addOn.Threshold, wanted.StopInstanceOnIdleRequest?.Threshold)
        && SameIfSet(addOn.Duration, wanted.StopInstanceOnIdleRequest?.Duration);

    private static bool SameIfSet(string? shown, string? requested) =>
        requested == null || string.Equals(shown, requested, StringComparison.Ordinal);

    private static string Settings(AddOn addOn) => Settings(addOn.SnapshotTimeOfDay, addOn.Threshold, addOn.Duration);

    private static string Settings(AddOnRequest request) =>
        Settings(request.AutoSnapshotAddOnRequest?.SnapshotTimeOfDay, request.StopInstanceOnIdleRequest?.Threshold, request.StopInstanceOnIdleRequest?.Duration);

    private static string Settings(string? snapshotTime, string? threshold, string? duration)
    {
        var parts = new List<string>(3);
        if (snapshotTime != null)
        {
            parts.Add("at " + snapshotTime);
        }

        if (threshold != null)
        {
            parts.Add("threshold " + threshold);
        }

        if (duration != null)
        {
            parts.Add("duration " + duration);
        }

        return string.Join(", ", parts);
    }
}
