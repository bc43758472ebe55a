namespace Fluent.Lightsail.Rules;

/// <summary>Rules P1-P3 on <c>ipAddressType</c>.</summary>
public static class IpAddressTypeRules
{
    /// <summary>P1: dualstack, ipv4 or ipv6, lower-case. <see langword="null"/> means the default, dualstack (P2).</summary>
    public static void Check(string? ipAddressType, string member, IRuleSink sink)
    {
        if (ipAddressType is null || IsKnown(ipAddressType))
        {
            return;
        }

        var lower = ipAddressType.Trim().ToLowerInvariant();
        var replacement = IsKnown(lower) ? lower : IpAddressTypes.Dualstack;
        sink.Report(new RuleViolation(
            RuleIds.UnknownIpAddressType,
            RuleSeverity.Error,
            member,
            ipAddressType,
            $"IP address type {RuleText.Quote(ipAddressType)} is not one of 'dualstack', 'ipv4' or 'ipv6', which are lower-case (rule P1). Use '{replacement}'.",
            RuleText.Fix("P1", replacement)));
    }

    /// <summary>
    /// P3: ipv6 needs an IPv6-only bundle and an IPv6-only bundle needs ipv6. Reported on <paramref name="member"/>
    /// (the IP address type when it is set; the bundle when the type is left to its default).
    /// </summary>
    public static void CheckBundlePairing(string? ipAddressType, string? bundleId, string member, IRuleSink sink)
        => CheckBundlePairing(ipAddressType, bundleId, AsciiText.IsNullOrWhiteSpace(bundleId), member, sink);

    /// <summary>P3 with the bundle's blankness already known (a blank bundle is the one with no platform).</summary>
    internal static void CheckBundlePairing(string? ipAddressType, string? bundleId, bool bundleBlank, string member, IRuleSink sink)
    {
        if (bundleBlank || (ipAddressType != null && !IsKnown(ipAddressType)))
        {
            return;
        }

        var ipv6Bundle = CatalogIds.IsIpv6OnlyBundle(bundleId);
        if (ipAddressType == IpAddressTypes.Ipv6 && !ipv6Bundle)
        {
            var bundle = CatalogIds.BundleForIpv6(bundleId!, ipv6Only: true);
            sink.Report(new RuleViolation(
                RuleIds.Ipv6NeedsIpv6Bundle,
                RuleSeverity.Error,
                member,
                ipAddressType,
                $"IP address type 'ipv6' needs an IPv6-only bundle, but bundle {RuleText.Quote(bundleId)} is dual-stack (rule P3). " +
                (bundle is null ? "Use an IPv6-only (_ipv6_) bundle, or IP address type 'dualstack'." : $"Use bundle '{bundle}', or IP address type 'dualstack'."),
                RuleText.Fix("P3", IpAddressTypes.Dualstack, "bundleId", bundle)));
        }
        else if (ipAddressType != null && ipAddressType != IpAddressTypes.Ipv6 && ipv6Bundle)
        {
            var bundle = CatalogIds.BundleForIpv6(bundleId!, ipv6Only: false);
            sink.Report(new RuleViolation(
                RuleIds.Ipv6BundleNeedsIpv6,
                RuleSeverity.Error,
                member,
                ipAddressType,
                $"IP address type {RuleText.Quote(ipAddressType)} does not fit the IPv6-only bundle {RuleText.Quote(bundleId)}, which has no public IPv4 address (rule P3). " +
                (bundle is null ? "Use IP address type 'ipv6'." : $"Use IP address type 'ipv6', or bundle '{bundle}'."),
                RuleText.Fix("P3", IpAddressTypes.Ipv6, "bundleId", bundle)));
        }
        else if (ipAddressType is null && ipv6Bundle)
        {
            sink.Report(new RuleViolation(
                RuleIds.Ipv6BundleWithDefaultType,
                RuleSeverity.Warning,
                member,
                bundleId,
                $"Bundle {RuleText.Quote(bundleId)} is IPv6-only, but no IP address type is set, so the default 'dualstack' applies (rules P2, P3). Set the IP address type to 'ipv6'.",
                RuleText.Fix("P3", null, "ipAddressType", IpAddressTypes.Ipv6)));
        }
    }

    private static bool IsKnown(string value)
        => value == IpAddressTypes.Dualstack || value == IpAddressTypes.Ipv4 || value == IpAddressTypes.Ipv6;
}
