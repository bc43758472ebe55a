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
    private readonly TemplateTag[] _tags;

    /// <summary>Creates a template's values; <see langword="null"/> leaves a member unset.</summary>
    /// <param name="templateName">The template's type name, used in error messages.</param>
    /// <param name="availabilityZone">The zone, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="blueprintId">The blueprint, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="bundleId">The bundle, or <see langword="null"/> when the builder asks for it.</param>
    /// <param name="keyPairName">The key pair; <see langword="null"/> for the Region's default.</param>
    /// <param name="ipAddressType">The IP address type; <see langword="null"/> for the service default.</param>
    /// <param name="userData">The launch script.</param>
    /// <param name="autoSnapshot">The AutoSnapshot add-on, or <see langword="null"/> when it is off.</param>
    /// <param name="stopInstanceOnIdle">The StopInstanceOnIdle add-on, or <see langword="null"/> when it is off.</param>
    /// <param name="tags">The inherited tags, in request order.</param>
    public InstanceTemplateValues(
        string templateName,
        string? availabilityZone = null,
        string? blueprintId = null,
        string? bundleId = null,
        string? keyPairName = null,
        string? ipAddressType = null,
        string? userData = null,
        AutoSnapshotAddOn? autoSnapshot = null,
        StopInstanceOnIdleAddOn? stopInstanceOnIdle = null,
        TemplateTag[]? tags = null)
    {
        TemplateName = templateName ?? throw new ArgumentNullException(nameof(templateName));
        AvailabilityZone = availabilityZone;
        BlueprintId = blueprintId;
        BundleId = bundleId;
        KeyPairName = keyPairName;
        IpAddressType = ipAddressType;
        UserData = userData;
        AutoSnapshot = autoSnapshot;
        StopInstanceOnIdle = stopInstanceOnIdle;

        // A copy, so that changing the caller's array later changes no builder.
        _tags = tags is null || tags.Length == 0 ? Array.Empty<TemplateTag>() : (TemplateTag[])tags.Clone();
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

    /// <summary>The AutoSnapshot add-on, or <see langword="null"/> when it is off.</summary>
    public AutoSnapshotAddOn? AutoSnapshot { get; }

    /// <summary>The StopInstanceOnIdle add-on, or <see langword="null"/> when it is off.</summary>
    public StopInstanceOnIdleAddOn? StopInstanceOnIdle { get; }

    /// <summary>The inherited tags, in request order.</summary>
    public IReadOnlyList<TemplateTag> Tags => _tags;

    internal TemplateTag[] TagArray => _tags;
}
