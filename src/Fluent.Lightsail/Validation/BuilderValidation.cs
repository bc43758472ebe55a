using System;
using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

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

    /// <summary>Throws <see cref="LightsailValidationException"/> when an error-severity rule is broken; warnings never throw.</summary>
    public static void ThrowIfInvalid(in InstanceBuilderState state)
    {
        if (HasNoErrors(in state))
        {
            return;
        }

        var violations = Validate(in state);
        if (violations.HasErrors)
        {
            throw new LightsailValidationException(state.Template!.TemplateName, violations);
        }
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

    /// <summary>The quick pass: whether no rule of error severity is broken, checking only what the chain changed.</summary>
    internal static bool HasNoErrors(in InstanceBuilderState state)
    {
        var template = state.Template!;
        var passed = template.Check;
        var sink = ErrorFlagSink.Rent();

        if (state.Names is { } names)
        {
            InstanceNameRules.CheckNames(names, sink);
        }
        else
        {
            InstanceNameRules.CheckName(state.SingleName, "instanceNames[0]", sink);
        }

        if (!passed.AvailabilityZone || !Same(state.AvailabilityZone, template.AvailabilityZone))
        {
            AvailabilityZoneRules.Check(state.AvailabilityZone, InstanceRules.AvailabilityZoneMember, sink);
        }

        var blueprintChanged = !Same(state.BlueprintId, template.BlueprintId);
        if (!passed.Blueprint || blueprintChanged)
        {
            BlueprintBundleRules.CheckBlueprint(state.BlueprintId, InstanceRules.BlueprintMember, sink);
        }

        var bundleChanged = !Same(state.BundleId, template.BundleId);
        if (!passed.Bundle || bundleChanged)
        {
            BlueprintBundleRules.CheckBundle(state.BundleId, InstanceRules.BundleMember, sink);
        }

        if (!passed.KeyPair || !Same(state.KeyPairName, template.KeyPairName))
        {
            KeyPairRules.Check(state.KeyPairName, InstanceRules.KeyPairMember, sink);
        }

        var userDataChanged = !Same(state.UserData, template.UserData);
        if (!passed.UserData || userDataChanged)
        {
            UserDataRules.CheckSize(state.UserData, InstanceRules.UserDataMember, sink);
        }

        var ipAddressTypeChanged = !Same(state.IpAddressType, template.IpAddressType);
        if (!passed.IpAddressType || ipAddressTypeChanged)
        {
            IpAddressTypeRules.Check(state.IpAddressType, InstanceRules.IpAddressTypeMember, sink);
        }

        var autoSnapshotChanged = state.AutoSnapshot != template.AutoSnapshot;
        if (state.AutoSnapshot && (!passed.AutoSnapshot || autoSnapshotChanged || !Same(state.AutoSnapshotTimeOfDay, template.AutoSnapshotTimeOfDay)))
        {
            AddOnRules.CheckSnapshotTime(state.AutoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
        }

        var stopInstanceOnIdleChanged = state.StopInstanceOnIdle != template.StopInstanceOnIdle;
        if (state.StopInstanceOnIdle && (!passed.StopInstanceOnIdle || stopInstanceOnIdleChanged
            || !Same(state.StopInstanceOnIdleThreshold, template.StopInstanceOnIdleThreshold)
            || !Same(state.StopInstanceOnIdleDuration, template.StopInstanceOnIdleDuration)))
        {
            AddOnRules.CheckStopInstanceOnIdleValues(
                state.StopInstanceOnIdleThreshold, state.StopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
        }

        if (!passed.Tags)
        {
            CheckMergedTags(in state, sink);
        }
        else if (state.CallTags.Count > 0)
        {
            CheckCallTags(in state, sink);
        }

        if (!passed.CrossField || blueprintChanged || bundleChanged || userDataChanged || ipAddressTypeChanged
            || autoSnapshotChanged || stopInstanceOnIdleChanged)
        {
            InstanceRules.CheckCrossField(
                state.BlueprintId, state.BundleId, state.UserData, state.AutoSnapshot, state.StopInstanceOnIdle, state.IpAddressType, sink);
        }

        return !sink.HasError;
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
    private static void CheckCallTags(in InstanceBuilderState state, IRuleSink sink)
    {
        var tags = state.CallTags;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            TagRules.CheckKey(tag.Key, "tags.key", sink);
            TagRules.CheckValue(tag.Value, "tags.value", sink);
            for (var earlier = 0; earlier < i; earlier++)
            {
                if (string.Equals(tags[earlier].Key, tag.Key, StringComparison.Ordinal))
                {
                    sink.Report(DuplicateKeyFlag);
                }
            }
        }

        TagRules.CheckCount(state.MergedTagCount, "tags", sink);
    }

    // The quick pass only needs to know that a duplicate key is an error; the full pass words the violation.
    private static readonly RuleViolation DuplicateKeyFlag =
        new(RuleIds.DuplicateTagKey, RuleSeverity.Error, "tags.key", null, "A tag key is used twice (rule G8).", null);

    private static bool Same(string? value, string? templateValue) => string.Equals(value, templateValue, StringComparison.Ordinal);
}
