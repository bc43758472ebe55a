using System;
using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Runs the rules on a builder's values at <c>Build()</c>, so that an invalid request fails before any network call.
/// </summary>
/// <remarks>
/// Two passes. The quick one only answers "any error?", and skips every group of template values that passed the rules
/// once (<see cref="TemplateCheck"/>) and that the chain left unchanged; on valid values it allocates nothing. Only when it
/// finds an error does the full pass run every rule, in the canonical order, to build the exception: so the exception
/// lists every violation exactly as the analyzers and <see cref="CreateInstancesRequestValidator"/> report them.
/// </remarks>
internal static class BuilderValidation
{
    [ThreadStatic]
    private static List<KeyValuePair<string?, string?>>? t_tags;

    /// <summary>
    /// Throws <see cref="LightsailValidationException"/> when an error-severity rule is broken; warnings never throw, and go
    /// to <see cref="ValidationOptions.Logger"/> when there is one. Rule levels are those of <see cref="ValidationOptions.Default"/>.
    /// </summary>
    public static void ThrowIfInvalid(in InstanceBuilderState state)
    {
        // The quick pass knows only the rules' own levels and skips warnings: with other levels, or a logger that wants
        // the warnings, every rule runs.
        var options = ValidationOptions.Default;
        if (options.ChangesNothing && HasNoErrors(in state))
        {
            return;
        }

        var violations = options.ChangesNothing ? Validate(in state) : options.Apply(Validate(in state));
        if (violations.HasErrors)
        {
            throw new LightsailValidationException(state.Template!.TemplateName, violations);
        }

        options.Log(state.Template!.TemplateName, violations);
    }

    /// <summary>Every violation, warnings included, in the order the rules report them.</summary>
    public static RuleViolationList Validate(in InstanceBuilderState state)
    {
        var tags = new List<KeyValuePair<string?, string?>>();
        state.CopyMergedTags(tags);
        var values = new InstanceValues
        {
            InstanceNames = state.Names ?? new[] { state.SingleName },
            AvailabilityZone = state.AvailabilityZone,
            BlueprintId = state.BlueprintId,
            BundleId = state.BundleId,
            KeyPairName = state.KeyPairName,
            UserData = state.UserData,
            Tags = tags.Count == 0 ? null : tags,
            AutoSnapshot = state.AutoSnapshot,
            AutoSnapshotTimeOfDay = state.AutoSnapshotTimeOfDay,
            StopInstanceOnIdle = state.StopInstanceOnIdle,
            StopInstanceOnIdleThreshold = state.StopInstanceOnIdleThreshold,
            StopInstanceOnIdleDuration = state.StopInstanceOnIdleDuration,
            IpAddressType = state.IpAddressType,
        };

        var violations = new RuleViolationList();
        InstanceRules.CheckAll(values, violations);
        return violations;
    }

    /// <summary>
    /// The quick pass: whether no rule of error severity is broken, checking only what the chain changed. It stops at the
    /// first error: the full pass then describes them all.
    /// </summary>
    internal static bool HasNoErrors(in InstanceBuilderState state)
    {
        var template = state.Template!;
        var recheck = state.Changed | template.Check.Failed;
        var recent = template.RecentlyValid;
        var sink = ErrorFlagSink.Rent();

        if (state.Names is { } names)
        {
            InstanceNameRules.CheckNames(names, sink);
        }
        else if (!RecentlyValidValues.IsKnown(state.SingleName, recent.InstanceName))
        {
            InstanceNameRules.CheckName(state.SingleName, "instanceNames[0]", sink);
            if (sink.HasError)
            {
                return false;
            }

            recent.InstanceName = state.SingleName;
        }

        var zone = state.AvailabilityZone;
        if ((recheck & ValueGroups.AvailabilityZone) != 0 && !RecentlyValidValues.IsKnown(zone, recent.AvailabilityZone))
        {
            AvailabilityZoneRules.Check(zone, InstanceRules.AvailabilityZoneMember, sink);
            if (sink.HasError)
            {
                return false;
            }

            recent.AvailabilityZone = zone;
        }

        // Members a chain rarely changes: checked when it did, or when the template's own value failed.
        if ((recheck & ~(ValueGroups.AvailabilityZone | ValueGroups.Tags)) != 0)
        {
            CheckOtherMembers(in state, recheck, sink);
        }

        if ((recheck & ValueGroups.Tags) != 0)
        {
            CheckMergedTags(in state, sink);
        }
        else if (state.CallTags.Count > 0)
        {
            CheckCallTags(in state, sink);
        }

        return !sink.HasError;
    }

    private static void CheckOtherMembers(in InstanceBuilderState state, int recheck, IRuleSink sink)
    {
        foreach (var group in ValueGroups.Members)
        {
            if (group != ValueGroups.AvailabilityZone && (recheck & group) != 0)
            {
                CheckGroup(in state, group, sink);
            }
        }

        if ((recheck & ValueGroups.CrossFieldInputs) != 0)
        {
            CheckGroup(in state, ValueGroups.CrossField, sink);
        }
    }

    /// <summary>
    /// The rules of one group of values (<see cref="ValueGroups"/>), as the full rules run them: the one place that says
    /// which rules a group has, for the quick pass and for a template's one-time check (<see cref="TemplateCheck"/>).
    /// </summary>
    internal static void CheckGroup(in InstanceBuilderState state, int group, IRuleSink sink)
    {
        switch (group)
        {
            case ValueGroups.AvailabilityZone:
                AvailabilityZoneRules.Check(state.AvailabilityZone, InstanceRules.AvailabilityZoneMember, sink);
                break;
            case ValueGroups.Blueprint:
                BlueprintBundleRules.CheckBlueprint(state.BlueprintId, InstanceRules.BlueprintMember, sink);
                break;
            case ValueGroups.Bundle:
                BlueprintBundleRules.CheckBundle(state.BundleId, InstanceRules.BundleMember, sink);
                break;
            case ValueGroups.KeyPair:
                KeyPairRules.Check(state.KeyPairName, InstanceRules.KeyPairMember, sink);
                break;
            case ValueGroups.UserData:
                UserDataRules.CheckSize(state.UserData, InstanceRules.UserDataMember, sink);
                break;
            case ValueGroups.IpAddressType:
                IpAddressTypeRules.Check(state.IpAddressType, InstanceRules.IpAddressTypeMember, sink);
                break;
            case ValueGroups.AutoSnapshot when state.AutoSnapshot:
                AddOnRules.CheckSnapshotTime(state.AutoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
                break;
            case ValueGroups.StopInstanceOnIdle when state.StopInstanceOnIdle:
                AddOnRules.CheckStopInstanceOnIdleValues(
                    state.StopInstanceOnIdleThreshold, state.StopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
                break;
            case ValueGroups.Tags:
                CheckMergedTags(in state, sink);
                break;
            case ValueGroups.CrossField:
                InstanceRules.CheckCrossField(
                    state.BlueprintId, state.BundleId, state.UserData, state.AutoSnapshot, state.StopInstanceOnIdle, state.IpAddressType, sink);
                break;
        }
    }

    /// <summary>Every tag of the request, as the request will carry them (the template's tags did not pass on their own).</summary>
    private static void CheckMergedTags(in InstanceBuilderState state, IRuleSink sink)
    {
        // The buffer is this thread's, reused: the merged list costs no allocation.
        var tags = t_tags ??= new List<KeyValuePair<string?, string?>>();
        tags.Clear();
        try
        {
            state.CopyMergedTags(tags);
            TagRules.CheckTags(tags.Count == 0 ? null : tags, sink);
        }
        finally
        {
            tags.Clear();
        }
    }

    /// <summary>
    /// The template's tags passed on their own, so only the call's tags need their key and value checked; the list
    /// rules then see the merged list: its count, and duplicate keys, which can only be among the call's tags (a call
    /// tag replaces an inherited tag with its key, and the template's keys were unique).
    /// </summary>
    private static void CheckCallTags(in InstanceBuilderState state, ErrorFlagSink sink)
    {
        var tags = state.CallTags;
        var recent = state.Template!.RecentlyValid;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (!RecentlyValidValues.IsKnown(tag.Key, recent.TagKey))
            {
                TagRules.CheckKey(tag.Key, "tags.key", sink);
                if (sink.HasError)
                {
                    return;
                }

                recent.TagKey = tag.Key;
            }

            // A null value (a key-only tag) is always valid and never needs the rule.
            if (tag.Value is not null && !RecentlyValidValues.IsKnown(tag.Value, recent.TagValue))
            {
                TagRules.CheckValue(tag.Value, "tags.value", sink);
                if (sink.HasError)
                {
                    return;
                }

                recent.TagValue = tag.Value;
            }

            for (var earlier = 0; earlier < i; earlier++)
            {
                if (string.Equals(tags[earlier].Key, tag.Key, StringComparison.Ordinal))
                {
                    sink.Report(DuplicateKeyFlag);
                }
            }
        }

        // Replaced inherited tags only lower the count: merging is needed only when the sum could pass the limit.
        if (state.Template.TagArray.Length + tags.Count > TagRules.MaxTags)
        {
            TagRules.CheckCount(state.MergedTagCount, "tags", sink);
        }
    }

    // The quick pass only needs to know that a duplicate key is an error; the full pass words the violation.
    private static readonly RuleViolation DuplicateKeyFlag =
        new(RuleIds.DuplicateTagKey, RuleSeverity.Error, "tags.key", null, "A tag key is used twice (rule G8).", null);

}
