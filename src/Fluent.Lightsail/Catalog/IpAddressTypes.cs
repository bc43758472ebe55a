namespace Fluent.Lightsail;

/// <summary>The values of <c>ipAddressType</c>, as constants usable in attributes. The default is <see cref="Dualstack"/>.</summary>
public static class IpAddressTypes
{
    /// <summary>IPv4 and IPv6 (the service default).</summary>
    public const string Dualstack = "dualstack";

    /// <summary>IPv4 only.</summary>
    public const string Ipv4 = "ipv4";

    /// <summary>IPv6 only; needs an IPv6-only bundle (<c>*_ipv6_*</c>).</summary>
    public const string Ipv6 = "ipv6";
}
