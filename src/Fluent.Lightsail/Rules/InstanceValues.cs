using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// The values of one CreateInstances call as plain strings, so that the same rules run on attribute constants (analyzers),
/// on a builder's draft and on a hand-built request (runtime).
/// </summary>
public sealed class InstanceValues
{
    /// <summary>The instance names.</summary>
    public IReadOnlyList<string?>? InstanceNames { get; init; }

    /// <summary>The availability zone.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>The blueprint ID.</summary>
    public string? BlueprintId { get; init; }

    /// <summary>The bundle ID.</summary>
    public string? BundleId { get; init; }

    /// <summary>The key pair name; <see langword="null"/> for the Region's default.</summary>
    public string? KeyPairName { get; init; }

    /// <summary>The launch script.</summary>
    public string? UserData { get; init; }

    /// <summary>The merged tags, in request order, duplicates kept.</summary>
    public IReadOnlyList<KeyValuePair<string?, string?>>? Tags { get; init; }

    /// <summary>Whether the AutoSnapshot add-on is requested.</summary>
    public bool AutoSnapshot { get; init; }

    /// <summary>The snapshot time; <see langword="null"/> lets Lightsail choose.</summary>
    public string? AutoSnapshotTimeOfDay { get; init; }

    /// <summary>Whether the StopInstanceOnIdle add-on is requested.</summary>
    public bool StopInstanceOnIdle { get; init; }

    /// <summary>The StopInstanceOnIdle CPU threshold.</summary>
    public string? StopInstanceOnIdleThreshold { get; init; }

    /// <summary>The StopInstanceOnIdle duration in minutes.</summary>
    public string? StopInstanceOnIdleDuration { get; init; }

    /// <summary>The IP address type; <see langword="null"/> for the default (dualstack).</summary>
    public string? IpAddressType { get; init; }
}
