using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>Runs the rules on a builder's final values, so that an invalid request fails before any network call.</summary>
internal static class DraftValidation
{
    public static IReadOnlyList<RuleViolation> Validate(InstanceRequestDraft draft) => Check(draft);

    /// <summary>Throws <see cref="LightsailValidationException"/> when an error-severity rule is broken; warnings never throw.</summary>
    public static void ThrowIfInvalid(InstanceRequestDraft draft)
    {
        var violations = Check(draft);
        if (violations.HasErrors)
        {
            throw new LightsailValidationException(draft.TemplateName, violations);
        }
    }

    // The draft's own lists go to the rules as they are: the success path of Build() copies nothing.
    private static RuleViolationList Check(InstanceRequestDraft draft)
    {
        var tags = draft.TagValues;
        var values = new InstanceValues
        {
            InstanceNames = draft.InstanceNames,
            AvailabilityZone = draft.AvailabilityZone,
            BlueprintId = draft.BlueprintId,
            BundleId = draft.BundleId,
            KeyPairName = draft.KeyPairName,
            UserData = draft.UserData,
            Tags = tags.Count == 0 ? null : tags,
            AutoSnapshot = draft.AutoSnapshot,
            AutoSnapshotTimeOfDay = draft.AutoSnapshotTimeOfDay,
            StopInstanceOnIdle = draft.StopInstanceOnIdle,
            StopInstanceOnIdleThreshold = draft.StopInstanceOnIdleThreshold,
            StopInstanceOnIdleDuration = draft.StopInstanceOnIdleDuration,
            IpAddressType = draft.IpAddressType,
        };

        var violations = new RuleViolationList();
        InstanceRules.CheckAll(values, violations);
        return violations;
    }
}
