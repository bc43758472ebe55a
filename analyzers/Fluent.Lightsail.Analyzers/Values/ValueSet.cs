using System;
using System.Collections.Generic;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The values a template (and possibly a call chain) gives one request, each with where it was written. Members are
/// named by their request spelling (<see cref="InstanceRules"/> and <see cref="AddOnRules"/> member names) and held
/// at the fixed indexes of <see cref="MemberSlots"/>.
/// </summary>
/// <remarks>
/// A template's set is shared by every analyzer callback (the analyzers run concurrently): once the template reader
/// returns it, it is only read; a chain writes to its own copy (<see cref="Clone"/>).
/// </remarks>
internal sealed class ValueSet
{
    private readonly SourcedValue?[] _members;

    public ValueSet(Location anchor)
    {
        Anchor = anchor;
        _members = new SourcedValue?[MemberSlots.Count];
        Tags = new List<SourcedTag>();
    }

    /// <summary>
    /// A copy of <paramref name="layer"/> to write a higher level over: the assembly defaults under a template, a template
    /// under a chain. The values themselves are immutable and shared; only the slots and the tag list are copied.
    /// </summary>
    public ValueSet(Location anchor, ValueSet layer)
    {
        Anchor = anchor;
        _members = (SourcedValue?[])layer._members.Clone();
        // Room for a few more: a chain's WithTag calls are added to its copy, and growing the list was a visible share of
        // the call-site analyzer's samples.
        Tags = new List<SourcedTag>(layer.Tags.Count + 4);
        Tags.AddRange(layer.Tags);
        AutoSnapshot = layer.AutoSnapshot;
        StopInstanceOnIdle = layer.StopInstanceOnIdle;
    }

    /// <summary>
    /// Where findings about inherited (assembly-level) values go: the template's [InstanceTemplate]. Settable so the
    /// template reader can name it after its one pass over the attributes.
    /// </summary>
    public Location Anchor { get; set; }

    public List<SourcedTag> Tags { get; }

    public SourcedValue? AutoSnapshot { get; set; }

    public SourcedValue? StopInstanceOnIdle { get; set; }

    public ValueSet Clone() => new(Anchor, this);

    /// <summary>The value at a <see cref="MemberSlots"/> index, or null when nothing set that member.</summary>
    public SourcedValue? At(int slot) => _members[slot];

    public bool TryGet(string member, out SourcedValue value)
    {
        var slot = MemberSlots.IndexOf(member);
        value = slot < 0 ? null! : _members[slot]!;
        return value != null;
    }

    public void Set(string member, SourcedValue value) => _members[SlotOf(member)] = value;

    public void Remove(string member) => _members[SlotOf(member)] = null;

    public string? Get(string member) => TryGet(member, out var value) ? value.Value : null;

    public bool IsUnknown(string member) => TryGet(member, out var value) && !value.IsKnown;

    /// <summary>Adds a tag of a higher level: it replaces lower-level tags with the same key (<see cref="TagMerge"/>).</summary>
    public void AddTagOverriding(SourcedTag tag) => TagMerge.Add(Tags, tag);

    /// <summary>
    /// The rules that relate members, on these values. The cross-field rules read no tags or names, so the values go in
    /// one by one rather than through an <see cref="InstanceValues"/> and a copy of the tag list.
    /// </summary>
    public void CheckCrossField(IRuleSink sink)
        => InstanceRules.CheckCrossField(
            Get(InstanceRules.BlueprintMember),
            Get(InstanceRules.BundleMember),
            Get(InstanceRules.UserDataMember),
            AutoSnapshot != null,
            StopInstanceOnIdle != null,
            Get(InstanceRules.IpAddressTypeMember),
            sink);

    /// <summary>Where a finding about <paramref name="member"/> belongs (tags[i] maps to the tag's key).</summary>
    public SourcedValue? Find(string member)
    {
        if (TryGet(member, out var value))
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

    private static int SlotOf(string member)
    {
        var slot = MemberSlots.IndexOf(member);
        return slot >= 0 ? slot : throw new ArgumentException("A value set holds no member " + member + ".", nameof(member));
    }
}
