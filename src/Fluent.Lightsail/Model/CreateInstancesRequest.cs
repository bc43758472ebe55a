using System;
using System.Collections.Generic;
using Fluent.Lightsail.Json;

namespace Fluent.Lightsail.Model;

/// <summary>
/// The input of <c>CreateInstances</c>, named and shaped like <c>Amazon.Lightsail.Model.CreateInstancesRequest</c>
/// (AWSSDK.Lightsail v4): list properties default to <see langword="null"/>, and unset members are not sent.
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

    /// <summary>
    /// Deprecated by Lightsail and ignored by the API before June 12, 2017. Kept, as the official SDKs keep it, so that
    /// code moved from AWSSDK.Lightsail compiles; sent only when set. The builders never set it.
    /// </summary>
    [Obsolete("In releases prior to June 12, 2017, this parameter was ignored by the API. It is now deprecated.")]
    public string? CustomImageName { get; set; }

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
    /// The JSON body of this request, byte for byte the one the official AWS SDK for JavaScript v3 sends: model member
    /// order, unset members left out, empty lists kept, minimal escaping. The official .NET SDK sends the same JSON
    /// with its members in alphabetical order and more characters escaped (<c>' &lt; &gt; &amp; +</c> and non-ASCII);
    /// the service reads either. Usable as <c>aws lightsail create-instances --cli-input-json</c> input.
    /// </summary>
    public string ToJson() => LightsailJson.Serialize(this);
}
