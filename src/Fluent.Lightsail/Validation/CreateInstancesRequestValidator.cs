using System.Collections.Generic;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail;

/// <summary>
/// Checks a hand-built <see cref="CreateInstancesRequest"/> against the same Lightsail rules the analyzers and the
/// generated builders use. Builders call this for you in <c>Build()</c>.
/// </summary>
public static class CreateInstancesRequestValidator
{
    /// <summary>Every violation of the request, errors, warnings and info alike, without throwing.</summary>
    public static IReadOnlyList<RuleViolation> Validate(CreateInstancesRequest request)
    {
        var sink = new RuleViolationList();
        Validate(request, sink);
        return sink;
    }

    /// <summary>Throws <see cref="LightsailValidationException"/> when the request breaks a rule of error severity.</summary>
    public static void ThrowIfInvalid(CreateInstancesRequest request)
    {
        var violations = new RuleViolationList();
        Validate(request, violations);
        if (violations.HasErrors)
        {
            throw new LightsailValidationException("the hand-built request", violations);
        }
    }

    private static void Validate(CreateInstancesRequest request, RuleViolationList sink)
    {
        var values = ToValues(request, sink);
        InstanceRules.CheckAll(values, sink);
    }

    private static InstanceValues ToValues(CreateInstancesRequest request, IRuleSink sink)
    {
        List<KeyValuePair<string?, string?>>? tags = null;
        if (request.Tags != null)
        {
            tags = new List<KeyValuePair<string?, string?>>(request.Tags.Count);
            foreach (var tag in request.Tags)
            {
                tags.Add(new KeyValuePair<string?, string?>(tag?.Key, tag?.Value));
            }
        }

        bool autoSnapshot = false, stopOnIdle = false;
        string? snapshotTime = null, threshold = null, duration = null;
        if (request.AddOns != null)
        {
            var seenTypes = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < request.AddOns.Count; i++)
            {
                var addOn = request.AddOns[i];
                var type = addOn?.AddOnType?.Value;
                AddOnRules.CheckAddOnRequest(
                    type, addOn?.AutoSnapshotAddOnRequest != null, addOn?.StopInstanceOnIdleRequest != null, "addOns[" + i + "]", seenTypes, sink);
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

        return new InstanceValues
        {
            InstanceNames = request.InstanceNames?.ConvertAll<string?>(name => name),
            AvailabilityZone = request.AvailabilityZone,
            BlueprintId = request.BlueprintId,
            BundleId = request.BundleId,
            KeyPairName = request.KeyPairName,
            UserData = request.UserData,
            Tags = tags,
            AutoSnapshot = autoSnapshot,
            AutoSnapshotTimeOfDay = snapshotTime,
            StopInstanceOnIdle = stopOnIdle,
            StopInstanceOnIdleThreshold = threshold,
            StopInstanceOnIdleDuration = duration,
            IpAddressType = request.IpAddressType?.Value,
        };
    }
}
