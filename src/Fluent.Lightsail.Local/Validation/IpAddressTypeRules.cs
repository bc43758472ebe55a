using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>
/// The <c>IpAddressType</c> enum, and the bundle an instance moves to when <c>SetIpAddressType</c> switches it to or
/// from <c>ipv6</c>: every plan has an IPv6-only twin (<c>small_3_0</c> and <c>small_ipv6_3_0</c>).
/// </summary>
internal static class IpAddressTypeRules
{
    private static readonly string[] Values = ["dualstack", "ipv4", "ipv6"];

    public static void CheckValue(string ipAddressType)
    {
        if (!Values.Contains(ipAddressType, StringComparer.Ordinal))
        {
            throw ServiceErrors.InvalidInput(
                $"1 validation error detected: Value '{ipAddressType}' at 'ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [dualstack, ipv4, ipv6]");
        }
    }

    /// <summary>The bundle for <paramref name="ipAddressType"/>: the same plan, IPv6-only or not.</summary>
    public static BundleInfo BundleFor(BundleInfo current, string ipAddressType)
    {
        var wantsIpv6Only = ipAddressType == "ipv6";
        if (current.IsIpv6Only == wantsIpv6Only)
        {
            return current;
        }

        var id = wantsIpv6Only
            ? current.BundleId.Replace("_3_0", "_ipv6_3_0", StringComparison.Ordinal)
            : current.BundleId.Replace("_ipv6_3_0", "_3_0", StringComparison.Ordinal);
        return LocalCatalog.FindBundle(id)
            ?? throw ServiceErrors.InvalidInput($"The bundle {current.BundleId} has no {(wantsIpv6Only ? "IPv6-only" : "dual-stack")} counterpart.");
    }
}
