using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>Light-bulb titles: what the fix writes and, where it helps, why that value.</summary>
internal static class FixTitles
{
    private const int MaxShown = 40;

    public static string Quote(string value)
        => "'" + (value.Length <= MaxShown ? value : value.Substring(0, MaxShown) + "…") + "'";

    /// <summary>The title of the fix that writes the rule's <c>Replacement</c>.</summary>
    public static string ForReplacement(string ruleId, string value) => ruleId switch
    {
        RuleIds.AvailabilityZoneCase => $"Use {Quote(value)} (lower-case)",
        RuleIds.UnknownRegion => $"Use {Quote(value)} (closest Lightsail region)",
        RuleIds.RegionNotServed => $"Use {Quote(value)} (a region Lightsail runs in)",
        RuleIds.UnknownBlueprint => $"Use {Quote(value)} (closest known blueprint)",
        RuleIds.UnknownBundle => $"Use {Quote(value)} (closest known bundle)",
        RuleIds.PlatformMismatch or RuleIds.PlatformMismatchLikely => $"Use {Quote(value)} ({PlatformName(CatalogIds.BundlePlatform(value))} bundle of the same size)",
        RuleIds.PowerShellWithoutTags => "Wrap the script in <powershell>…</powershell>",
        RuleIds.TagKeyLength => $"Shorten the key to {TagRules.MaxKeyLength} characters",
        RuleIds.TagValueLength => $"Shorten the value to {TagRules.MaxValueLength} characters",
        RuleIds.TagCharacters => $"Replace invalid characters with '-': {Quote(value)}",
        RuleIds.TagReservedPrefix => $"Drop the 'aws:' prefix: {Quote(value)}",
        RuleIds.SnapshotTimeFormat or RuleIds.SnapshotTimeNotOnHour => $"Use {Quote(value)} (on the hour)",
        RuleIds.StopOnIdleThresholdRange => $"Use {Quote(value)} (a CPU percentage)",
        RuleIds.Ipv6NeedsIpv6Bundle or RuleIds.Ipv6BundleNeedsIpv6 => $"Use IP address type {Quote(value)}",
        _ => $"Use {Quote(value)}",
    };

    /// <summary>The title of the fix that changes the rule's <c>OtherMember</c> instead.</summary>
    public static string ForOtherMember(string member, string value) => member switch
    {
        InstanceRules.BundleMember => $"Use bundle {Quote(value)} ({(CatalogIds.IsIpv6OnlyBundle(value) ? "IPv6-only" : "dual-stack")} bundle of the same size)",
        InstanceRules.IpAddressTypeMember => $"Set the IP address type to {Quote(value)}",
        _ => $"Set {member} to {Quote(value)}",
    };

    private static string PlatformName(Platform platform) => platform == Platform.Windows ? "Windows" : "Linux/Unix";
}
