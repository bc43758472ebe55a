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

    /// <summary>
    /// Returns the known instance whose value is exactly <paramref name="value"/>, or a new one that keeps
    /// <paramref name="value"/> as written.
    /// </summary>
    /// <remarks>
    /// Lightsail's <c>ipAddressType</c> enum is case-sensitive, and so is this look-up, unlike AWSSDK.Core's
    /// <c>ConstantClass</c> look-up, which would turn <c>"IPv6"</c> into <c>ipv6</c>. Keeping the value as written lets
    /// <c>Build()</c> reject <c>"IPv6"</c> with FLS8001, the verdict the analyzer gives the same value.
    /// </remarks>
    public static IpAddressType FindValue(string value)
    {
        if (value is null)
        {
            return null!;
        }

        return value == Dualstack.Value ? Dualstack
            : value == Ipv4.Value ? Ipv4
            : value == Ipv6.Value ? Ipv6
            : new IpAddressType(value);
    }

    /// <summary>Converts a string to the constant with exactly that value (see <see cref="FindValue"/>).</summary>
    public static implicit operator IpAddressType(string value) => FindValue(value);
}
