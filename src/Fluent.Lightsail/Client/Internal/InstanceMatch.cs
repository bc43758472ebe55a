using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Whether an existing instance is the one a create call asked for: every member the call set, as the instance shows
/// it. Members the call left unset must have the service's default where the instance shows them. Tags and add-ons
/// the call asked for must be there with equal values; others may have been added since.
/// </summary>
internal static class InstanceMatch
{
    /// <summary>The key pair Lightsail uses when a create names none (one per region).</summary>
    public const string DefaultKeyPairName = "LightsailDefaultKeyPair";

    private const string DefaultIpAddressType = "dualstack";

    public static bool IsAsRequested(Instance instance, RequestedInstances requested) =>
        (requested.BlueprintId == null || string.Equals(instance.BlueprintId, requested.BlueprintId, StringComparison.Ordinal))
        && string.Equals(instance.BundleId, requested.BundleId, StringComparison.Ordinal)
        && string.Equals(instance.Location?.AvailabilityZone, requested.AvailabilityZone, StringComparison.Ordinal)
        && Matches(instance.SshKeyName, requested.KeyPairName, DefaultKeyPairName, StringComparison.Ordinal)
        && Matches(instance.IpAddressType?.Value, requested.IpAddressType?.Value, DefaultIpAddressType, StringComparison.OrdinalIgnoreCase)
        && requested.Tags.All(tag => HasTag(instance.Tags, tag))
        && requested.AddOns.All(addOn => HasAddOn(instance.AddOns, addOn));

    /// <summary>
    /// A member the call set must be shown with that value; an unset one may be absent from the answer or must show
    /// the service's default.
    /// </summary>
    private static bool Matches(string? shown, string? requested, string serviceDefault, StringComparison comparison) =>
        requested != null
            ? string.Equals(shown, requested, comparison)
            : shown == null || string.Equals(shown, serviceDefault, comparison);

    private static bool HasTag(List<Tag>? tags, Tag wanted) =>
        tags != null && tags.Any(tag =>
            string.Equals(tag.Key, wanted.Key, StringComparison.Ordinal)
            && string.Equals(tag.Value ?? string.Empty, wanted.Value ?? string.Empty, StringComparison.Ordinal));

    private static bool HasAddOn(List<AddOn>? addOns, AddOnRequest wanted)
    {
        var type = wanted.AddOnType?.Value;
        return addOns != null && addOns.Any(addOn =>
            string.Equals(addOn.Name, type, StringComparison.Ordinal)
            && !string.Equals(addOn.Status, "Disabled", StringComparison.OrdinalIgnoreCase)
            && SameIfSet(addOn.SnapshotTimeOfDay, wanted.AutoSnapshotAddOnRequest?.SnapshotTimeOfDay)
            && SameIfSet(addOn.Threshold, wanted.StopInstanceOnIdleRequest?.Threshold)
            && SameIfSet(addOn.Duration, wanted.StopInstanceOnIdleRequest?.Duration));
    }

    private static bool SameIfSet(string? shown, string? requested) =>
        requested == null || string.Equals(shown, requested, StringComparison.Ordinal);
}
