using System.Collections.Generic;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The values a template (and possibly a call chain) gives one request, each with where it was written. Members are
/// keyed by their request spelling (<see cref="InstanceRules"/> and <see cref="AddOnRules"/> member names).
/// </summary>
internal sealed class ValueSet
{
    public ValueSet(Location anchor)
    {
        Anchor = anchor;
    }

    /// <summary>Where findings about inherited (assembly-level) values go: the template's [InstanceTemplate].</summary>
    public Location Anchor { get; }

    public Dictionary<string, SourcedValue> Members { get; } = new();

    public List<SourcedTag> Tags { get; } = new();

    public SourcedValue? AutoSnapshot { get; set; }

    public SourcedValue? StopInstanceOnIdle { get; set; }

    public ValueSet Clone()
    {
        var copy = new ValueSet(Anchor) { AutoSnapshot = AutoSnapshot, StopInstanceOnIdle = StopInstanceOnIdle };
        foreach (var pair in Members)
        {
            copy.Members[pair.Key] = pair.Value;
        }

        copy.Tags.AddRange(Tags);
        return copy;
    }

    public string? Get(string member) => Members.TryGetValue(member, out var value) ? value.Value : null;

    public bool IsUnknown(string member) => Members.TryGetValue(member, out var value) && !value.IsKnown;

    /// <summary>Adds a tag of a higher level: it replaces lower-level tags with the same key (contract: tags merge by key).</summary>
    public void AddTagOverriding(SourcedTag tag)
    {
        if (tag.Key.IsKnown && tag.Key.Value != null)
        {
            Tags.RemoveAll(existing => existing.Key.Level < tag.Key.Level && existing.Key.Value == tag.Key.Value);
        }

        Tags.Add(tag);
    }

    public InstanceValues ToInstanceValues()
    {
        var tags = new List<KeyValuePair<string?, string?>>(Tags.Count);
        foreach (var tag in Tags)
        {
            tags.Add(new KeyValuePair<string?, string?>(tag.Key.Value, tag.Value?.Value));
        }

        return new InstanceValues
        {
            AvailabilityZone = Get(InstanceRules.AvailabilityZoneMember),
            BlueprintId = Get(InstanceRules.BlueprintMember),
            BundleId = Get(InstanceRules.BundleMember),
            KeyPairName = Get(InstanceRules.KeyPairMember),
            UserData = Get(InstanceRules.UserDataMember),
            IpAddressType = Get(InstanceRules.IpAddressTypeMember),
            Tags = tags,
            AutoSnapshot = AutoSnapshot != null,
            AutoSnapshotTimeOfDay = Get(AddOnRules.SnapshotTimeMember),
            StopInstanceOnIdle = StopInstanceOnIdle != null,
            StopInstanceOnIdleThreshold = Get(AddOnRules.ThresholdMember),
            StopInstanceOnIdleDuration = Get(AddOnRules.DurationMember),
        };
    }

    /// <summary>Where a finding about <paramref name="member"/> belongs (tags[i] maps to the tag's key).</summary>
    public SourcedValue? Find(string member)
    {
        if (Members.TryGetValue(member, out var value))
        {
            return value;
        }

        if (member == AddOnRules.AutoSnapshotMember)
        {
            return AutoSnapshot;
        }

        if (member == AddOnRules.StopInstanceOnIdleMember)
        {
            return StopInstanceOnIdle;
        }

        return null;
    }
}
