using System.Collections.Generic;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>Copies of a create request for other names: what a recovered retry sends for the names still missing.</summary>
internal static class RequestCopies
{
    public static CreateInstancesRequest WithNames(CreateInstancesRequest request, List<string> names) => new()
    {
        InstanceNames = names,
        AvailabilityZone = request.AvailabilityZone,
#pragma warning disable CS0618 // A copy sends what the caller's request sends, deprecated member included.
        CustomImageName = request.CustomImageName,
#pragma warning restore CS0618
        BlueprintId = request.BlueprintId,
        BundleId = request.BundleId,
        UserData = request.UserData,
        KeyPairName = request.KeyPairName,
        Tags = request.Tags,
        AddOns = request.AddOns,
        IpAddressType = request.IpAddressType,
    };

    public static CreateInstancesFromSnapshotRequest WithNames(CreateInstancesFromSnapshotRequest request, List<string> names) => new()
    {
        InstanceNames = names,
        AttachedDiskMapping = request.AttachedDiskMapping,
        AvailabilityZone = request.AvailabilityZone,
        InstanceSnapshotName = request.InstanceSnapshotName,
        BundleId = request.BundleId,
        UserData = request.UserData,
        KeyPairName = request.KeyPairName,
        Tags = request.Tags,
        AddOns = request.AddOns,
        IpAddressType = request.IpAddressType,
        SourceInstanceName = request.SourceInstanceName,
        RestoreDate = request.RestoreDate,
        UseLatestRestorableAutoSnapshot = request.UseLatestRestorableAutoSnapshot,
    };
}
