using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Light-bulb titles: what the fix writes and, where it helps, why that value. A choice's title says what changes (the
/// rule pages quote them, and a test checks they match).
/// </summary>
internal static class FixTitles
{
    private const int MaxShown = 40;

    public static string Quote(string value)
        => "'" + (value.Length <= MaxShown ? value : value.Substring(0, MaxShown) + "…") + "'";

    /// <summary>The title of the fix that writes the rule's <c>Replacement</c>.</summary>
    public static string ForReplacement(string ruleId, string value) => ruleId switch
    {
        RuleIds.UnknownBlueprint => $"Use {Quote(value)} (closest known blueprint)",
        RuleIds.UnknownBundle => $"Use {Quote(value)} (closest known bundle)",
        RuleIds.PlatformMismatch or RuleIds.PlatformMismatchLikely => $"Use {Quote(value)} ({PlatformName(CatalogIds.BundlePlatform(value))} bundle of the same size)",
        RuleIds.PowerShellWithoutTags => "Wrap the script in <powershell>…</powershell>",
        RuleIds.TagKeyLength => $"Shorten the key to {TagRules.MaxKeyLength} characters",
        RuleIds.TagValueLength => $"Shorten the value to {TagRules.MaxValueLength} characters",
        RuleIds.Ipv6NeedsIpv6Bundle or RuleIds.Ipv6BundleNeedsIpv6 => $"Use IP address type {Quote(value)}",
        _ => $"Use {Quote(value)}",
    };

    /// <summary>A zone in another region, named by its place: "Use 'ap-southeast-2b' (Sydney)".</summary>
    public static string Zone(string zone) => $"Use {Quote(zone)} ({RegionNames.Place(zone.Substring(0, zone.Length - 1))})";

    /// <summary>A value whose only change is its case (and spaces).</summary>
    public static string LowerCase(string value) => $"Use {Quote(value)} (lower-case)";

    public static string OnTheHour(string time) => $"Use {Quote(time)} (on the hour)";

    /// <summary>A StopInstanceOnIdle number in the unit Lightsail reads it in.</summary>
    public static string InUnit(string number, string unit) => $"Use {Quote(number)} ({unit})";

    public static string TagRepair(string repaired, bool byNormalization, bool dropsPrefix)
        => byNormalization ? $"Normalise to NFC: {Quote(repaired)}"
            : dropsPrefix ? $"Drop the 'aws:' prefix: {Quote(repaired)}"
            : $"Replace invalid characters with '-': {Quote(repaired)}";

    public static string RemoveCharacters(string repaired) => $"Remove invalid characters: {Quote(repaired)}";

    public static string Underscores(string repaired) => $"Replace invalid characters with '_': {Quote(repaired)}";

    /// <summary>The title of the fix that changes the rule's <c>OtherMember</c> instead.</summary>
    public static string ForOtherMember(string member, string value) => member switch
    {
        InstanceRules.BundleMember => $"Use bundle {Quote(value)} ({(CatalogIds.IsIpv6OnlyBundle(value) ? "IPv6-only" : "dual-stack")} bundle of the same size)",
        InstanceRules.IpAddressTypeMember => $"Set the IP address type to {Quote(value)}",
        _ => $"Set {member} to {Quote(value)}",
    };

    private static string PlatformName(Platform platform) => platform == Platform.Windows ? "Windows" : "Linux/Unix";
}
