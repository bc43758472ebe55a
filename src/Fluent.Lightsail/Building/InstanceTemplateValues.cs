using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Fluent.Lightsail.Building;

/// <summary>
/// One template's values, merged with the assembly defaults by the generator: what every builder of the template starts
/// from. Generated code creates one per template, once, and never changes it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class InstanceTemplateValues
{
    private readonly KeyValuePair<string?, string?>[] _tags;

    /// <summary>Creates a template's values; <see langword="null"/> leaves a member unset.</summary>
    /// <param name="templateName">The template's type name, used in error messages.</param>
    /// <param name="availabilityZone">The zone, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="blueprintId">The blueprint, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="bundleId">The bundle, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="keyPairName">The key pair; <see langword="null"/> for the Region's default.</param>
    /// <param name="ipAddressType">The IP address type; <see langword="null"/> for the service default.</param>
    /// <param name="userData">The launch script.</param>
    /// <param name="autoSnapshot">Whether the AutoSnapshot add-on is on.</param>
    /// <param name="autoSnapshotTimeOfDay">The AutoSnapshot time of day.</param>
    /// <param name="stopInstanceOnIdle">Whether the StopInstanceOnIdle add-on is on.</param>
    /// <param name="stopInstanceOnIdleThreshold">The StopInstanceOnIdle CPU threshold.</param>
    /// <param name="stopInstanceOnIdleDuration">The StopInstanceOnIdle duration in minutes.</param>
    /// <param name="tags">The inherited tags as key, value, key, value, …; a <see langword="null"/> value is a key-only tag.</param>
    public InstanceTemplateValues(
        string templateName,
        string? availabilityZone = null,
        string? blueprintId = null,
        string? bundleId = null,
        string? keyPairName = null,
        string? ipAddressType = null,
        string? userData = null,
        bool autoSnapshot = false,
        string? autoSnapshotTimeOfDay = null,
        bool stopInstanceOnIdle = false,
        string? stopInstanceOnIdleThreshold = null,
        string? stopInstanceOnIdleDuration = null,
        string?[]? tags = null)
    {
        TemplateName = templateName ?? throw new ArgumentNullException(nameof(templateName));
        AvailabilityZone = availabilityZone;
        BlueprintId = blueprintId;
        BundleId = bundleId;
        KeyPairName = keyPairName;
        IpAddressType = ipAddressType;
        UserData = userData;
        AutoSnapshot = autoSnapshot;
        AutoSnapshotTimeOfDay = autoSnapshotTimeOfDay;
        StopInstanceOnIdle = stopInstanceOnIdle;
        StopInstanceOnIdleThreshold = stopInstanceOnIdleThreshold;
        StopInstanceOnIdleDuration = stopInstanceOnIdleDuration;
        _tags = Pairs(tags);
    }

    /// <summary>The template's type name.</summary>
    public string TemplateName { get; }

    /// <summary>The availability zone.</summary>
    public string? AvailabilityZone { get; }

    /// <summary>The blueprint ID.</summary>
    public string? BlueprintId { get; }

    /// <summary>The bundle ID.</summary>
    public string? BundleId { get; }

    /// <summary>The key pair name.</summary>
    public string? KeyPairName { get; }

    /// <summary>The IP address type.</summary>
    public string? IpAddressType { get; }

    /// <summary>The launch script.</summary>
    public string? UserData { get; }

    /// <summary>Whether the AutoSnapshot add-on is on.</summary>
    public bool AutoSnapshot { get; }

    /// <summary>The AutoSnapshot time of day.</summary>
    public string? AutoSnapshotTimeOfDay { get; }

    /// <summary>Whether the StopInstanceOnIdle add-on is on.</summary>
    public bool StopInstanceOnIdle { get; }

    /// <summary>The StopInstanceOnIdle CPU threshold.</summary>
    public string? StopInstanceOnIdleThreshold { get; }

    /// <summary>The StopInstanceOnIdle duration in minutes.</summary>
    public string? StopInstanceOnIdleDuration { get; }

    /// <summary>The inherited tags, in request order.</summary>
    public IReadOnlyList<KeyValuePair<string?, string?>> Tags => _tags;

    internal KeyValuePair<string?, string?>[] TagArray => _tags;

    private static KeyValuePair<string?, string?>[] Pairs(string?[]? flat)
    {
        if (flat is null || flat.Length == 0)
        {
            return Array.Empty<KeyValuePair<string?, string?>>();
        }

        if (flat.Length % 2 != 0)
        {
            throw new ArgumentException("Tags come as key, value pairs: the array needs an even length.", nameof(flat));
        }

        var pairs = new KeyValuePair<string?, string?>[flat.Length / 2];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new KeyValuePair<string?, string?>(flat[2 * i], flat[(2 * i) + 1]);
        }

        return pairs;
    }
}
