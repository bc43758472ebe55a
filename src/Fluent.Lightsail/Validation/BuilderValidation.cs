using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Runs the rules on what a builder's <c>Build()</c> made, so that an invalid request fails before any network call: one
/// pass, the same one <see cref="CreateInstancesRequestValidator"/> runs on a hand-built request.
/// </summary>
internal static class BuilderValidation
{
    /// <summary>
    /// Throws <see cref="LightsailValidationException"/> when an error-severity rule is broken; warnings never throw, and go
    /// to <see cref="ValidationOptions.Logger"/> when there is one. Rule levels are those of <see cref="ValidationOptions.Default"/>.
    /// </summary>
    /// <param name="request">The request the builder made.</param>
    /// <param name="templateName">The template's name, for the exception's message and the log.</param>
    public static void ThrowIfInvalid(CreateInstancesRequest request, string templateName)
    {
        var found = CreateInstancesRequestValidator.Check(request);
        if (found is null)
        {
            return;
        }

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
}
