using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Runs the rules on what a builder's <c>Build()</c> made, so that an invalid request fails before any network call: one
/// pass over the final values, through the same entry point (<see cref="InstanceRules"/>) that
/// <see cref="CreateInstancesRequestValidator"/> uses on a hand-built request.
/// </summary>
internal static class BuilderValidation
{
    /// <summary>
    /// Throws <see cref="LightsailValidationException"/> when an error-severity rule is broken; warnings never throw, and go
    /// to <see cref="ValidationOptions.Logger"/> when there is one. Rule levels are those of <see cref="ValidationOptions.Default"/>.
    /// </summary>
    /// <param name="request">The request the builder made from <paramref name="state"/>: its names, members and tags.</param>
    /// <param name="state">The builder's values, for the add-ons: the builder writes their entries itself, so only their values need the rules.</param>
    public static void ThrowIfInvalid(CreateInstancesRequest request, in InstanceBuilderState state)
    {
        var sink = FirstViolationSink.Rent();
        InstanceRules.CheckAll(
            request.InstanceNames,
            request.AvailabilityZone,
            request.BlueprintId,
            request.BundleId,
            request.KeyPairName,
            request.UserData,
            new RequestTagList(request.Tags),
            state.AutoSnapshot.HasValue,
            state.AutoSnapshot.GetValueOrDefault().SnapshotTimeOfDay,
            state.StopInstanceOnIdle.HasValue,
            state.StopInstanceOnIdle.GetValueOrDefault().Threshold,
            state.StopInstanceOnIdle.GetValueOrDefault().Duration,
            state.IpAddressType,
            sink);
        var found = FirstViolationSink.Return(sink);
        if (found is null)
        {
            return;
        }

        var templateName = state.Template!.TemplateName;
        var options = ValidationOptions.Default;
        var violations = options.RuleLevels.Count == 0 ? found : options.Apply(found);
        if (violations.HasErrors)
        {
            throw new LightsailValidationException(templateName, violations);
        }

        options.Log(templateName, violations);
    }

    /// <summary>Every violation of a builder state's values, warnings included, in the order the rules report them.</summary>
    public static RuleViolationList Validate(in InstanceBuilderState state)
    {
        var tags = new List<KeyValuePair<string?, string?>>();
        state.CopyMergedTags(tags);
        var values = new InstanceValues
        {
            InstanceNames = state.NameArray,
            AvailabilityZone = state.AvailabilityZone,
            BlueprintId = state.BlueprintId,
            BundleId = state.BundleId,
            KeyPairName = state.KeyPairName,
            UserData = state.UserData,
            Tags = tags.Count == 0 ? null : tags,
            AutoSnapshot = state.AutoSnapshot.HasValue,
            AutoSnapshotTimeOfDay = state.AutoSnapshot?.SnapshotTimeOfDay,
            StopInstanceOnIdle = state.StopInstanceOnIdle.HasValue,
            StopInstanceOnIdleThreshold = state.StopInstanceOnIdle?.Threshold,
            StopInstanceOnIdleDuration = state.StopInstanceOnIdle?.Duration,
            IpAddressType = state.IpAddressType,
        };

        var violations = new RuleViolationList();
        InstanceRules.CheckAll(values, violations);
        return violations;
    }
}
