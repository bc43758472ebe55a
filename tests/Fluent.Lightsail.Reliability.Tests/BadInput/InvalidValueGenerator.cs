using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// Seeded random invalid inputs, one broken member per case, on top of a random valid request, each with the rule id
/// that must name it. Error-severity rules must make Build() throw; warning-severity ones (user data form, unknown
/// catalogue IDs, StopInstanceOnIdle values) are by design reported but not rejected, and are checked as such.
/// </summary>
internal static class InvalidValueGenerator
{
    private static readonly string[] NameBreakers = [" ", "#", "/", "@", "!", "é", "中", "\0", "\t", "\U0001F600", "\u200B", "+", ":", "*"];
    private static readonly string[] Blanks = ["", " ", "\t", "\r\n", "   "];
    private static readonly string[] BadZoneShapes = ["us-east-2", "useast2a", "us-east-2ab", "us_east_2a", "us-east-2 a", "east-2a", "u-east-2a", "us-east-a2", "us--2a", "#", "us-east-2#", "1s-east-2a"];
    private static readonly string[] TagBreakers = ["#", "!", "*", "<", ">", "?", "\"", "$", "%", "&", "(", "\0", "\u200B", "\U0001F600", "|", "~", "\\"];
    private static readonly string[] BadSnapshotFormats = ["6:00", "24:00", "25:00", "6", "06", "0600", "06:0", "06:000", " 06:00", "06:00 ", "ab:cd", "", "-1:00", "06-00", "\uFF10\uFF16:00", "06:60", "99:99"];
    // Not "IPV6" and the like: the typed IpAddressType (an SDK ConstantClass) maps a case variant of a known value to that
    // value, so the builder sends "ipv6" and nothing is invalid; IpAddressTypeNormalisationTests pins that down.
    private static readonly string[] BadIpTypes = ["v6", "dual", "", " ipv4", "ipv4 ", "ipv5", "ip v6", "dualstack\0", "ipv4,ipv6", "\u0130pv6"];
    private static readonly string[] ReservedPrefixes = ["aws:", "AWS:", "Aws:", "aWs:"];

    private delegate BadInputCase Maker(Random random, RequestValues valid);

    private static readonly Maker[] Errors =
    [
        (r, v) => new("name-too-short", v with { Names = [ValidValues.Name(r, 1, 1)] }, RuleIds.InstanceNameLength, RuleSeverity.Error),
        (r, v) => new("name-too-long", v with { Names = [ValidValues.Name(r, 256, 600)] }, RuleIds.InstanceNameLength, RuleSeverity.Error),
        (r, v) => new("name-null", v with { Names = [null] }, RuleIds.InstanceNameLength, RuleSeverity.Error),
        (r, v) => new("name-edge", v with { Names = [Edge(r, ValidValues.Name(r, 3, 40))] }, RuleIds.InstanceNameEdges, RuleSeverity.Error),
        (r, v) => new("name-character", v with { Names = [Insert(r, ValidValues.Name(r, 3, 40), NameBreakers)] }, RuleIds.InstanceNameCharacters, RuleSeverity.Error),
        (r, v) => new("name-duplicate", v with { Names = [.. v.Names, v.Names[r.Next(v.Names.Count)]] }, RuleIds.DuplicateInstanceName, RuleSeverity.Error),
        (r, v) => new("names-empty", v with { Names = [] }, RuleIds.NoInstanceNames, RuleSeverity.Error),
        (r, v) => new("zone-case", v with { Zone = UpperSome(r, v.Zone!) }, RuleIds.AvailabilityZoneCase, RuleSeverity.Error),
        (r, v) => new("zone-shape", v with { Zone = r.Next(6) == 0 ? null : BadZoneShapes[r.Next(BadZoneShapes.Length)] }, RuleIds.AvailabilityZoneFormat, RuleSeverity.Error),
        (r, v) => new("zone-region", v with { Zone = UnknownRegion(r) + "a" }, RuleIds.UnknownRegion, RuleSeverity.Error),
        (r, v) => new("blueprint-blank", v with { Blueprint = r.Next(6) == 0 ? null : Blanks[r.Next(Blanks.Length)] }, RuleIds.BlueprintMissing, RuleSeverity.Error),
        (r, v) => new("bundle-blank", v with { Bundle = r.Next(6) == 0 ? null : Blanks[r.Next(Blanks.Length)], IpAddressType = null }, RuleIds.BundleMissing, RuleSeverity.Error),
        (r, v) => new("platform-mismatch", r.Next(2) == 0
            ? v with { Blueprint = ValidValues.WindowsBlueprint(r), Bundle = ValidValues.LinuxBundle(r), IpAddressType = null, UserData = null, AutoSnapshot = false }
            : v with { Blueprint = ValidValues.LinuxBlueprint(r), Bundle = ValidValues.WindowsBundle(r), IpAddressType = null, UserData = null }, RuleIds.PlatformMismatch, RuleSeverity.Error),
        (r, v) => new("key-pair-too-short", v with { KeyPair = r.Next(3) == 0 ? string.Empty : ValidValues.Name(r, 1, 1) }, RuleIds.KeyPairNameLength, RuleSeverity.Error),
        (r, v) => new("key-pair-too-long", v with { KeyPair = ValidValues.Name(r, 256, 400) }, RuleIds.KeyPairNameLength, RuleSeverity.Error),
        (r, v) => new("key-pair-edge", v with { KeyPair = Edge(r, ValidValues.Name(r, 3, 30)) }, RuleIds.KeyPairNameEdges, RuleSeverity.Error),
        (r, v) => new("key-pair-character", v with { KeyPair = Insert(r, ValidValues.Name(r, 3, 30), NameBreakers) }, RuleIds.KeyPairNameCharacters, RuleSeverity.Error),
        (r, v) => new("tag-key-empty", v with { Tags = [.. v.Tags.Take(49), (string.Empty, ValidValues.TagValue(r))] }, RuleIds.TagKeyLength, RuleSeverity.Error),
        (r, v) => new("tag-key-too-long", v with { Tags = [.. v.Tags.Take(49), ("k" + ValidValues.Name(r, 128, 300), ValidValues.TagValue(r))] }, RuleIds.TagKeyLength, RuleSeverity.Error),
        (r, v) => new("tag-value-too-long", v with { Tags = [.. v.Tags.Take(49), (ValidValues.TagKey(r) + "-long", ValidValues.Name(r, 257, 600))] }, RuleIds.TagValueLength, RuleSeverity.Error),
        (r, v) => new("tag-character", v with { Tags = [.. v.Tags.Take(49), r.Next(2) == 0
            ? (Insert(r, ValidValues.TagKey(r, 30) + "-bad", TagBreakers), ValidValues.TagValue(r))
            : (ValidValues.TagKey(r) + "-bad", Insert(r, "v" + ValidValues.TagKey(r, 30), TagBreakers))] }, RuleIds.TagCharacters, RuleSeverity.Error),
        (r, v) => new("tag-reserved-prefix", v with { Tags = [.. v.Tags.Take(49), r.Next(2) == 0
            ? (ReservedPrefixes[r.Next(ReservedPrefixes.Length)] + ValidValues.TagKey(r), ValidValues.TagValue(r))
            : (ValidValues.TagKey(r) + "-aws", ReservedPrefixes[r.Next(ReservedPrefixes.Length)] + ValidValues.TagKey(r))] }, RuleIds.TagReservedPrefix, RuleSeverity.Error),
        (r, v) => new("tags-too-many", v with { Tags = ValidValues.Tags(r, r.Next(51, 80)) }, RuleIds.TooManyTags, RuleSeverity.Error),
        (r, v) => new("tag-duplicate-key", v with { Tags = DuplicateKey(r, v.Tags) }, RuleIds.DuplicateTagKey, RuleSeverity.Error),
        (r, v) => new("snapshot-format", v with { AutoSnapshot = true, SnapshotTime = BadSnapshotFormats[r.Next(BadSnapshotFormats.Length)] }, RuleIds.SnapshotTimeFormat, RuleSeverity.Error),
        (r, v) => new("snapshot-off-hour", v with { AutoSnapshot = true, SnapshotTime = $"{r.Next(24):00}:{r.Next(1, 60):00}" }, RuleIds.SnapshotTimeNotOnHour, RuleSeverity.Error),
        (r, v) => new("ip-type-unknown", v with { IpAddressType = BadIpTypes[r.Next(BadIpTypes.Length)] }, RuleIds.UnknownIpAddressType, RuleSeverity.Error),
        (r, v) => new("ipv6-on-dual-stack-bundle", v with { IpAddressType = "ipv6", Bundle = ValidValues.LinuxBundle(r) }, RuleIds.Ipv6NeedsIpv6Bundle, RuleSeverity.Error),
        (r, v) => new("ipv4-on-ipv6-bundle", v with { IpAddressType = new[] { "ipv4", "dualstack" }[r.Next(2)], Bundle = ValidValues.Ipv6LinuxBundle(r) }, RuleIds.Ipv6BundleNeedsIpv6, RuleSeverity.Error),
    ];

    private static readonly Maker[] Warnings =
    [
        (r, v) => new("user-data-too-large", v with { UserData = "#!/bin/bash\n" + new string('x', r.Next(16 * 1024, 20 * 1024)) }, RuleIds.UserDataTooLarge, RuleSeverity.Warning),
        (r, v) => new("user-data-shebang-on-windows", Windows(r, v) with { UserData = "#!/bin/bash\necho hi" }, RuleIds.ShebangOnWindows, RuleSeverity.Warning),
        (r, v) => new("user-data-powershell-untagged", Windows(r, v) with { UserData = "Install-WindowsFeature Web-Server" }, RuleIds.PowerShellWithoutTags, RuleSeverity.Warning),
        (r, v) => new("user-data-powershell-on-linux", v with { UserData = "<powershell>Get-Date</powershell>" }, RuleIds.PowerShellOnLinux, RuleSeverity.Warning),
        (r, v) => new("stop-on-idle-not-numeric", v with { StopOnIdle = (r.Next(2) == 0 ? "five" : "5", r.Next(2) == 0 ? "30min" : "") }, RuleIds.StopOnIdleNotNumeric, RuleSeverity.Warning),
        (r, v) => new("stop-on-idle-outside-research", v with { StopOnIdle = ("5", "30") }, RuleIds.StopOnIdleOutsideResearch, RuleSeverity.Warning),
        (r, v) => new("stop-on-idle-threshold-range", v with { StopOnIdle = (r.Next(2) == 0 ? "-1" : "101", "30") }, RuleIds.StopOnIdleThresholdRange, RuleSeverity.Info),
        (r, v) => new("blueprint-unknown", v with { Blueprint = "zz_" + ValidValues.Name(r, 3, 12) }, RuleIds.UnknownBlueprint, RuleSeverity.Warning),
        (r, v) => new("bundle-unknown", v with { Bundle = "zz_" + ValidValues.Name(r, 3, 12), IpAddressType = null }, RuleIds.UnknownBundle, RuleSeverity.Warning),
        (r, v) => new("zone-in-us-west-1", v with { Zone = "us-west-1" + "abc"[r.Next(3)] }, RuleIds.RegionNotServed, RuleSeverity.Warning),
        (r, v) => new("names-over-quota", v with { Names = Enumerable.Range(0, r.Next(21, 40)).Select(i => (string?)("n-" + i)).ToList() }, RuleIds.TooManyInstanceNames, RuleSeverity.Warning),
    ];

    public static int ErrorKinds => Errors.Length;

    /// <summary>Case <paramref name="index"/> of a run: error kinds in turn (so each is covered), warnings every fifth case.</summary>
    public static BadInputCase Case(Random random, int index)
    {
        var valid = ValidValues.Request(random);
        return index % 5 == 4
            ? Warnings[random.Next(Warnings.Length)](random, valid)
            : Errors[(index - index / 5) % Errors.Length](random, valid);
    }

    private static string Edge(Random random, string name)
    {
        var punctuation = ".-_"[random.Next(3)];
        return random.Next(3) switch
        {
            0 => punctuation + name,
            1 => name + punctuation,
            _ => punctuation + name + punctuation,
        };
    }

    /// <summary>Inserts a breaker strictly inside <paramref name="text"/>, so that only the character rule fires.</summary>
    private static string Insert(Random random, string text, string[] breakers)
    {
        var at = random.Next(1, text.Length);
        return text[..at] + breakers[random.Next(breakers.Length)] + text[at..];
    }

    private static string UpperSome(Random random, string zone)
    {
        var chars = zone.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiLetterLower(chars[i]) && random.Next(2) == 0)
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
                changed = true;
            }
        }

        if (!changed)
        {
            chars[0] = char.ToUpperInvariant(chars[0]);
        }

        return new string(chars);
    }

    private static string UnknownRegion(Random random)
    {
        // Bounded: a random region is almost never a real one, and "zz-nowhere-9" never is.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var region = $"{(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))}-{ValidValues.Name(random, 3, 9).ToLowerInvariant().Where(char.IsAsciiLetterLower).Aggregate("x", (s, c) => s + c)}-{random.Next(10)}";
            if (!Regions.All.Contains(region))
            {
                return region;
            }
        }

        return "zz-nowhere-9";
    }

    private static IReadOnlyList<(string Key, string? Value)> DuplicateKey(Random random, IReadOnlyList<(string Key, string? Value)> tags)
    {
        var kept = tags.Take(48).ToList();
        var key = kept.Count > 0 ? kept[random.Next(kept.Count)].Key : ValidValues.TagKey(random);
        if (kept.Count == 0)
        {
            kept.Add((key, "first"));
        }

        kept.Add((key, ValidValues.TagValue(random)));
        return kept;
    }

    private static RequestValues Windows(Random random, RequestValues valid) =>
        valid with { Blueprint = ValidValues.WindowsBlueprint(random), Bundle = ValidValues.WindowsBundle(random), IpAddressType = null, AutoSnapshot = false };
}
