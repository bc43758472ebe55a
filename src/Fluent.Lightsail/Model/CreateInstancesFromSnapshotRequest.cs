using System.Collections.Generic;

namespace Fluent.Lightsail.Model;

/// <summary>
/// The input of <c>CreateInstancesFromSnapshot</c>, as <c>Amazon.Lightsail.Model.CreateInstancesFromSnapshotRequest</c>
/// (v4: lists and the map default to <see langword="null"/>; unset members are not sent).
/// </summary>
public sealed class CreateInstancesFromSnapshotRequest : LightsailRequest
{
    /// <summary>The names of the instances to create. Required.</summary>
    public List<string>? InstanceNames { get; set; }

    /// <summary>New disks per original disk path of the snapshot.</summary>
    public Dictionary<string, List<DiskMap>>? AttachedDiskMapping { get; set; }

    /// <summary>The availability zone. Required.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The instance snapshot to create from (or use <see cref="SourceInstanceName"/> with an auto snapshot).</summary>
    public string? InstanceSnapshotName { get; set; }

    /// <summary>The bundle ID. Required.</summary>
    public string? BundleId { get; set; }

    /// <summary>A launch script run once at first boot.</summary>
    public string? UserData { get; set; }

    /// <summary>The name of the key pair.</summary>
    public string? KeyPairName { get; set; }

    /// <summary>The tags of every created instance.</summary>
    public List<Tag>? Tags { get; set; }

    /// <summary>The add-ons to enable on create.</summary>
    public List<AddOnRequest>? AddOns { get; set; }

    /// <summary>The IP address type.</summary>
    public IpAddressType? IpAddressType { get; set; }

    /// <summary>The instance whose automatic snapshot to restore.</summary>
    public string? SourceInstanceName { get; set; }

    /// <summary>The date of the automatic snapshot to restore, <c>YYYY-MM-DD</c>.</summary>
    public string? RestoreDate { get; set; }

    /// <summary>Whether to restore the latest automatic snapshot of <see cref="SourceInstanceName"/>.</summary>
    public bool? UseLatestRestorableAutoSnapshot { get; set; }
}
