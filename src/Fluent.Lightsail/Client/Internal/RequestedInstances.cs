using System.Collections.Generic;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// What a create (<see cref="Operation"/>) asked for, as far as an existing instance can show it: everything but the
/// user data, which <c>GetInstance</c> does not return. <see cref="BlueprintId"/> is <see langword="null"/> for creates from a snapshot,
/// whose blueprint comes from the snapshot and is not compared.
/// </summary>
internal sealed class RequestedInstances
{
    private RequestedInstances(string operation, List<string>? names, string? availabilityZone, string? blueprintId, string? bundleId, string? keyPairName, List<Tag>? tags, List<AddOnRequest>? addOns, IpAddressType? ipAddressType)
    {
        Operation = operation;
        Names = names ?? new List<string>();
        AvailabilityZone = availabilityZone;
        BlueprintId = blueprintId;
        BundleId = bundleId;
        KeyPairName = keyPairName;
        Tags = tags ?? new List<Tag>();
        AddOns = addOns ?? new List<AddOnRequest>();
        IpAddressType = ipAddressType;
    }

    public static RequestedInstances Of(CreateInstancesRequest request) =>
        new("CreateInstances", request.InstanceNames, request.AvailabilityZone, request.BlueprintId, request.BundleId, request.KeyPairName, request.Tags, request.AddOns, request.IpAddressType);

    public static RequestedInstances Of(CreateInstancesFromSnapshotRequest request) =>
        new("CreateInstancesFromSnapshot", request.InstanceNames, request.AvailabilityZone, blueprintId: null, request.BundleId, request.KeyPairName, request.Tags, request.AddOns, request.IpAddressType);

    /// <summary>The operation that asked, as its failures name it.</summary>
    public string Operation { get; }

    public List<string> Names { get; }

    public string? AvailabilityZone { get; }

    public string? BlueprintId { get; }

    public string? BundleId { get; }

    public string? KeyPairName { get; }

    public List<Tag> Tags { get; }

    public List<AddOnRequest> AddOns { get; }

    public IpAddressType? IpAddressType { get; }
}
