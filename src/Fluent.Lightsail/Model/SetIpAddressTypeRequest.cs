namespace Fluent.Lightsail.Model;

/// <summary>The input of <c>SetIpAddressType</c>, as <c>Amazon.Lightsail.Model.SetIpAddressTypeRequest</c>.</summary>
public sealed class SetIpAddressTypeRequest : LightsailRequest
{
    /// <summary>The resource type: <c>Instance</c>, <c>LoadBalancer</c> or <c>Distribution</c>. Required.</summary>
    public ResourceType? ResourceType { get; set; }

    /// <summary>The name of the resource. Required.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The IP address type to set: <c>ipv4</c>, <c>ipv6</c> or <c>dualstack</c>. Required.</summary>
    public IpAddressType? IpAddressType { get; set; }

    /// <summary>
    /// Must be <see langword="true"/> to switch an instance to or from <c>ipv6</c>: the switch changes its bundle
    /// (an IPv6-only bundle is billed differently).
    /// </summary>
    public bool? AcceptBundleUpdate { get; set; }
}
