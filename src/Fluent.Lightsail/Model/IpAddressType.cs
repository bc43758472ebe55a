using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The IP address type of an instance. Mirrors <c>Amazon.Lightsail.IpAddressType</c>.</summary>
public sealed class IpAddressType : ConstantClass
{
    /// <summary>The value <c>dualstack</c>.</summary>
    public static readonly IpAddressType Dualstack = new("dualstack");

    /// <summary>The value <c>ipv4</c>.</summary>
    public static readonly IpAddressType Ipv4 = new("ipv4");

    /// <summary>The value <c>ipv6</c>.</summary>
    public static readonly IpAddressType Ipv6 = new("ipv6");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public IpAddressType(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static IpAddressType FindValue(string value) => FindValue<IpAddressType>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator IpAddressType(string value) => FindValue(value);
}
