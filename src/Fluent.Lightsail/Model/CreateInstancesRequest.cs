using System.Collections.Generic;
using Fluent.Lightsail.Json;

namespace Fluent.Lightsail.Model;

/// <summary>
/// The input of <c>CreateInstances</c>, named and shaped like <c>Amazon.Lightsail.Model.CreateInstancesRequest</c>
/// (AWSSDK.Lightsail v4): list properties default to <see langword="null"/>, and unset members are not sent.
/// The discontinued <c>customImageName</c> is deliberately absent.
/// </summary>
public sealed class CreateInstancesRequest : LightsailRequest
{
    /// <summary>The names of the instances to create, one instance per name. Required.</summary>
    public List<string>? InstanceNames { get; set; }

    /// <summary>The availability zone, such as <c>us-east-2a</c>. Required.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The blueprint (image) ID, such as <c>ubuntu_24_04</c>. Required.</summary>
    public string? BlueprintId { get; set; }

    /// <summary>The bundle (plan) ID, such as <c>small_3_0</c>. Required.</summary>
    public string? BundleId { get; set; }

    /// <summary>A launch script run once at first boot. Sent as is, not base64.</summary>
    public string? UserData { get; set; }

    /// <summary>The name of the key pair; unset means the region's default key pair.</summary>
    public string? KeyPairName { get; set; }

    /// <summary>The tags of every created instance.</summary>
    public List<Tag>? Tags { get; set; }

    /// <summary>The add-ons to enable on create.</summary>
    public List<AddOnRequest>? AddOns { get; set; }

    /// <summary>The IP address type; the service default is <c>dualstack</c>.</summary>
    public IpAddressType? IpAddressType { get; set; }

    internal bool IsSetInstanceNames() => InstanceNames != null;

    internal bool IsSetTags() => Tags != null;

    internal bool IsSetAddOns() => AddOns != null;

    /// <summary>
    /// The JSON body the official SDKs send for this request: model member order, unset members left out, empty lists
    /// kept, minimal escaping. Usable as <c>aws lightsail create-instances --cli-input-json</c> input.
    /// </summary>
    public string ToJson() => LightsailJson.Serialize(this);
}
