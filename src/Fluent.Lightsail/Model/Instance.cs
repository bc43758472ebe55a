using System;
using System.Collections.Generic;

namespace Fluent.Lightsail.Model;

/// <summary>
/// A Lightsail instance, as <c>Amazon.Lightsail.Model.Instance</c>. The networking, metadata-options and disk members
/// of the official type are not read (unknown members are ignored).
/// </summary>
public sealed class Instance
{
    /// <summary>The add-ons enabled on the instance.</summary>
    public List<AddOn>? AddOns { get; set; }

    /// <summary>The ARN of the instance.</summary>
    public string? Arn { get; set; }

    /// <summary>The blueprint ID, such as <c>ubuntu_24_04</c>.</summary>
    public string? BlueprintId { get; set; }

    /// <summary>The friendly blueprint name.</summary>
    public string? BlueprintName { get; set; }

    /// <summary>The bundle ID, such as <c>small_3_0</c>.</summary>
    public string? BundleId { get; set; }

    /// <summary>When the instance was created (UTC).</summary>
    public DateTime? CreatedAt { get; set; }

    /// <summary>The hardware of the instance.</summary>
    public InstanceHardware? Hardware { get; set; }

    /// <summary>The IP address type.</summary>
    public IpAddressType? IpAddressType { get; set; }

    /// <summary>The IPv6 addresses.</summary>
    public List<string>? Ipv6Addresses { get; set; }

    /// <summary>Whether the public IP address is a static IP.</summary>
    public bool? IsStaticIp { get; set; }

    /// <summary>Where the instance is.</summary>
    public ResourceLocation? Location { get; set; }

    /// <summary>The name of the instance.</summary>
    public string? Name { get; set; }

    /// <summary>The private IP address.</summary>
    public string? PrivateIpAddress { get; set; }

    /// <summary>The public IP address.</summary>
    public string? PublicIpAddress { get; set; }

    /// <summary>The resource type, <c>Instance</c>.</summary>
    public ResourceType? ResourceType { get; set; }

    /// <summary>The name of the SSH key pair.</summary>
    public string? SshKeyName { get; set; }

    /// <summary>The state of the instance.</summary>
    public InstanceState? State { get; set; }

    /// <summary>The support code to give AWS Support.</summary>
    public string? SupportCode { get; set; }

    /// <summary>The tags of the instance.</summary>
    public List<Tag>? Tags { get; set; }

    /// <summary>The user name for SSH.</summary>
    public string? Username { get; set; }
}
