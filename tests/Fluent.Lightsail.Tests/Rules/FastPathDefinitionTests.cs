using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>
/// The success paths answer some questions without the obvious code (no Split, no Substring, a hand-made set). These
/// tests hold them, on many generated values, to the plain definitions the rules reference gives: a segment is a part
/// between '_', a known ID is one in the catalogue list, a served zone is a served region and a letter, and a tag part
/// is valid when the full G2-G6 checks report nothing.
/// </summary>
public sealed class FastPathDefinitionTests
{
    private const int Cases = 20_000;

    [Fact]
    public void Segments_are_the_parts_between_underscores()
    {
        var random = new Random(20261127);
        foreach (var id in Generate(random, "win_ipv6lfra6", 12).Concat(Bundles.All))
        {
            var segments = id.Split('_');
            var blank = id.Trim().Length == 0;
            Assert.True(
                (blank ? Platform.Unknown : segments.Contains("win") ? Platform.Windows : Platform.LinuxUnix) == CatalogIds.BundlePlatform(id),
                $"BundlePlatform({id})");
            Assert.True(segments.Contains("ipv6") == CatalogIds.IsIpv6OnlyBundle(id), $"IsIpv6OnlyBundle({id})");
            var lower = id.ToLowerInvariant();
            var research = lower.StartsWith("lfr_") || lower.StartsWith("app_") || lower.StartsWith("gpu_") || lower.Split('_').Contains("lfr");
            Assert.True(research == CatalogIds.LooksLikeResearch(id), $"LooksLikeResearch({id})");
        }
    }

    [Fact]
    public void Known_ids_are_exactly_the_catalogue_lists()
    {
        var random = new Random(7);
        var near = Blueprints.All.Concat(Bundles.All)
            .SelectMany(id => new[] { id, id + "_", id[..^1], id.ToUpperInvariant(), id[..^1] + (char)(id[^1] + 1), "x" + id[1..] });
        foreach (var id in near.Concat(Generate(random, "abcdilmnorstuvwx_0123456", 20)))
        {
            Assert.True(Blueprints.All.Contains(id) == CatalogIds.IsKnownBlueprint(id), $"IsKnownBlueprint({id})");
            Assert.True(Bundles.All.Contains(id) == CatalogIds.IsKnownBundle(id), $"IsKnownBundle({id})");
        }
    }

    [Fact]
    public void A_zone_passes_exactly_when_it_is_a_served_region_and_a_letter()
    {
        var random = new Random(11);
        var zones = Regions.All.SelectMany(region => new[] { region + "a", region + "z", region[..^1] + "9b", region.Replace('-', '_') + "a", region + "aa" })
            .Concat(Generate(random, "usetwapnorhc-12", 14).Select(text => text + "a"));
        foreach (var zone in zones)
        {
            var served = zone.Length > 1 && Regions.All.Contains(zone[..^1]) && zone[..^1] != AvailabilityZoneRules.RegionNotServed
                && zone[^1] is >= 'a' and <= 'z' && AvailabilityZoneRules.HasZoneShape(zone);
            var sink = new RuleViolationList();
            AvailabilityZoneRules.Check(zone, "availabilityZone", sink);
            Assert.True(served == (sink.Count == 0), $"{zone}: {string.Join(", ", sink)}");
        }
    }

    [Fact]
    public void Tag_parts_pass_exactly_when_no_single_rule_objects()
    {
        // Each part checked alone through CheckTag on a list of one, against the per-part checks it must agree with.
        var random = new Random(3);
        var texts = Generate(random, "aAwWsS:_ .-/=+@!#é\u00A0\u2028\U0001F600\t", 8)
            .Concat(["aws:", "AWS:x", "aWs:", "aws", new string('k', 128), new string('k', 129), new string('v', 256), new string('v', 257)]);
        foreach (var text in texts)
        {
            var alone = new RuleViolationList();
            TagRules.CheckKey(text, "k", alone);
            TagRules.CheckValue(text, "v", alone);
            var inList = new RuleViolationList();
            TagRules.CheckTags([new KeyValuePair<string?, string?>(text, text)], inList);
            Assert.Equal(alone.Select(violation => violation.RuleId + violation.Message), inList.Select(violation => violation.RuleId + violation.Message));
            var length = TagRules.CharacterCount(text);
            var valid = length is >= 1 and <= TagRules.MaxKeyLength
                && Enumerable.Range(0, text.Length).All(i => char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) || TagRules.IsAllowed(text, i))
                && !text.StartsWith("aws:", StringComparison.OrdinalIgnoreCase);
            Assert.True(valid == alone.All(violation => violation.Member == "v"), $"key {text}: {string.Join(", ", alone)}");
        }
    }

    [Fact]
    public void User_data_is_too_large_exactly_when_its_utf8_is_over_the_limit()
    {
        // Around the length below which the size check counts nothing (a UTF-16 unit is at most 3 bytes of UTF-8).
        foreach (var unit in new[] { "x", "é", "€", "\U0001F600", "\uD800" })
        {
            for (var length = UserDataRules.MaxBytes / 3 - 2; length <= UserDataRules.MaxBytes / 3 + 2; length++)
            {
                foreach (var text in new[] { Repeat(unit, length), Repeat(unit, length / unit.Length), "#" + Repeat(unit, length) })
                {
                    var sink = new RuleViolationList();
                    UserDataRules.CheckSize(text, "userData", sink);
                    Assert.True((System.Text.Encoding.UTF8.GetByteCount(text) > UserDataRules.MaxBytes) == (sink.Count == 1), $"{text.Length} units of {unit}");
                }
            }
        }
    }

    [Theory]
    [InlineData("<powershell>x</powershell>")]
    [InlineData("<PowerShell>x")]
    [InlineData("echo <POWERSHELL>")]
    [InlineData("#!/bin/bash\necho hi")]
    [InlineData("echo a < b")]
    public void The_powershell_tag_is_found_in_any_case(string userData)
    {
        var sink = new RuleViolationList();
        UserDataRules.CheckPlatform(userData, Blueprints.Ubuntu24_04, null, "userData", sink);

        var tagged = userData.Contains("<powershell>", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(tagged ? new[] { RuleIds.PowerShellOnLinux } : [], sink.Select(violation => violation.RuleId));
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static IEnumerable<string> Generate(Random random, string alphabet, int maxLength)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var parts = new List<string>();
        while (elements.MoveNext())
        {
            parts.Add((string)elements.Current);
        }

        for (var i = 0; i < Cases; i++)
        {
            var length = random.Next(0, maxLength + 1);
            yield return string.Concat(Enumerable.Range(0, length).Select(_ => parts[random.Next(parts.Count)]));
        }
    }
}
