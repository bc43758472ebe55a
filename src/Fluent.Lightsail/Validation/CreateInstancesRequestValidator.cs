using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Validation;

namespace Fluent.Lightsail;

/// <summary>
/// Checks a hand-built <see cref="CreateInstancesRequest"/> against the same Lightsail rules the analyzers and the
/// generated builders use. Builders call this for you in <c>Build()</c>.
/// </summary>
/// <remarks>
/// A valid request costs no allocation: the rules read the request's own lists in place, and the list of violations is
/// made at the first one. A request without violations gets an empty, read-only list.
/// </remarks>
public static class CreateInstancesRequestValidator
{
    /// <summary>
    /// Every violation of the request, errors, warnings and info alike, without throwing, at the levels of
    /// <see cref="ValidationOptions.Default"/> (a rule it turns off is not listed).
    /// </summary>
    public static IReadOnlyList<RuleViolation> Validate(CreateInstancesRequest request) => Validate(request, ValidationOptions.Default);

    /// <summary>Every violation of the request at the levels of <paramref name="options"/>, without throwing.</summary>
    public static IReadOnlyList<RuleViolation> Validate(CreateInstancesRequest request, ValidationOptions options)
    {
        if (options == null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var violations = Check(request);
        if (violations == null)
        {
            return Array.Empty<RuleViolation>();
        }

        return options.RuleLevels.Count == 0 ? violations : options.Apply(violations);
    }

    /// <summary>
    /// Throws <see cref="LightsailValidationException"/> when the request breaks a rule of error severity, at the levels of
    /// <see cref="ValidationOptions.Default"/>.
    /// </summary>
    public static void ThrowIfInvalid(CreateInstancesRequest request) => ThrowIfInvalid(request, ValidationOptions.Default);

    /// <summary>Throws <see cref="LightsailValidationException"/> when the request breaks a rule of error severity, at the levels of <paramref name="options"/>.</summary>
    public static void ThrowIfInvalid(CreateInstancesRequest request, ValidationOptions options)
    {
        var violations = Validate(request, options);
        if (violations.Any(violation => violation.Severity == RuleSeverity.Error))
        {
            throw new LightsailValidationException("the hand-built request", violations);
        }
    }

    /// <summary>The violations at the rules' own levels, or <see langword="null"/> when there are none.</summary>
    private static RuleViolationList? Check(CreateInstancesRequest request)
    {
        var sink = FirstViolationSink.Rent();
        Check(request, sink);
        return FirstViolationSink.Return(sink);
    }

    private static void Check(CreateInstancesRequest request, IRuleSink sink)
    {
        // The add-on entries first (S2, O1, O11), as before: they also say which add-on values the rules below check.
        bool autoSnapshot = false, stopOnIdle = false;
        string? snapshotTime = null, threshold = null, duration = null;
        var addOns = request.AddOns;
        if (addOns != null)
        {
            bool seenAutoSnapshot = false, seenStopOnIdle = false;
            for (var i = 0; i < addOns.Count; i++)
            {
                var addOn = addOns[i];
                var type = addOn?.AddOnType?.Value;
                AddOnRules.CheckAddOnRequest(
                    type, addOn?.AutoSnapshotAddOnRequest != null, addOn?.StopInstanceOnIdleRequest != null, i, ref seenAutoSnapshot, ref seenStopOnIdle, sink);
                if (type == AddOnType.AutoSnapshot.Value)
                {
                    autoSnapshot = true;
                    snapshotTime = addOn!.AutoSnapshotAddOnRequest?.SnapshotTimeOfDay;
                }
                else if (type == AddOnType.StopInstanceOnIdle.Value)
                {
                    stopOnIdle = true;
                    threshold = addOn!.StopInstanceOnIdleRequest?.Threshold;
                    duration = addOn.StopInstanceOnIdleRequest?.Duration;
                }
            }
        }

        InstanceRules.CheckAll(
            request.InstanceNames,
            request.AvailabilityZone,
            request.BlueprintId,
            request.BundleId,
            request.KeyPairName,
            request.UserData,
            new RequestTagList(request.Tags),
            autoSnapshot,
            snapshotTime,
            stopOnIdle,
            threshold,
            duration,
            request.IpAddressType?.Value,
            sink);
    }
}
