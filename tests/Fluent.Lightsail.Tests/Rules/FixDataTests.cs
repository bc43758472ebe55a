using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>The fix data code fixes will rely on, and messages that name the value, the rule and the fix.</summary>
public sealed class FixDataTests
{
    private static RuleViolation Single(Action<IRuleSink> check)
    {
        var sink = new RuleViolationList();
        check(sink);
        return Assert.Single(sink);
    }

    [Theory]
    [InlineData("6:30", "06:00")]
    [InlineData("06:30", "06:00")]
    [InlineData("6", "06:00")]
    [InlineData("23:59", "23:00")]
    [InlineData("0:00", "00:00")]
    public void Snapshot_time_fix_is_the_hour_rounded_down(string time, string fixedTime)
    {
        var violation = Single(sink => AddOnRules.CheckSnapshotTime(time, AddOnRules.SnapshotTimeMember, sink));

        Assert.Equal(fixedTime, violation.FixData[FixDataKeys.Replacement]);
        Assert.Contains(time, violation.Message);
        Assert.Contains(fixedTime, violation.Message);
    }

    [Fact]
    public void Snapshot_time_beyond_23_has_no_replacement()
    {
        var violation = Single(sink => AddOnRules.CheckSnapshotTime("24:00", AddOnRules.SnapshotTimeMember, sink));

        Assert.Equal(RuleIds.SnapshotTimeFormat, violation.RuleId);
        Assert.False(violation.FixData.ContainsKey(FixDataKeys.Replacement));
        Assert.Equal("O2", violation.FixData[FixDataKeys.Source]);
    }

    [Fact]
    public void Upper_case_zone_fix_is_lower_case()
    {
        var violation = Single(sink => AvailabilityZoneRules.Check("US-EAST-2A", "availabilityZone", sink));

        Assert.Equal(RuleIds.AvailabilityZoneCase, violation.RuleId);
        Assert.Equal("us-east-2a", violation.FixData[FixDataKeys.Replacement]);
        Assert.Equal("US-EAST-2A", violation.Value);
    }

    [Fact]
    public void Bare_region_fix_is_its_first_zone()
    {
        var violation = Single(sink => AvailabilityZoneRules.Check("us-east-2", "availabilityZone", sink));

        Assert.Equal("us-east-2a", violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void Unknown_region_names_the_closest_served_region()
    {
        var violation = Single(sink => AvailabilityZoneRules.Check("us-east-9a", "availabilityZone", sink));

        Assert.Equal(RuleIds.UnknownRegion, violation.RuleId);
        Assert.Equal("us-east-1a", violation.FixData[FixDataKeys.Replacement]);
    }

    [Theory]
    [InlineData("ubuntu_24_4", "ubuntu_24_04")]
    [InlineData("windows_server_2023", "windows_server_2022")]
    [InlineData("amazon_linux_2024", "amazon_linux_2023")]
    public void Unknown_blueprint_names_the_closest_known_one(string blueprint, string closest)
    {
        var violation = Single(sink => BlueprintBundleRules.CheckBlueprint(blueprint, "blueprintId", sink));

        Assert.Equal(closest, violation.FixData[FixDataKeys.Replacement]);
        Assert.Contains(closest, violation.Message);
        Assert.Contains("B7", violation.Message);
    }

    [Fact]
    public void Unknown_bundle_names_the_closest_known_one()
    {
        var violation = Single(sink => BlueprintBundleRules.CheckBundle("smal_3_0", "bundleId", sink));

        Assert.Equal("small_3_0", violation.FixData[FixDataKeys.Replacement]);
    }

    [Theory]
    [InlineData("windows_server_2022", "small_3_0", "small_win_3_0")]
    [InlineData("ubuntu_24_04", "nano_win_ipv6_3_0", "nano_ipv6_3_0")]
    public void Platform_mismatch_offers_the_same_bundle_for_the_blueprints_platform(string blueprint, string bundle, string replacement)
    {
        var violation = Single(sink => BlueprintBundleRules.CheckPlatformPairing(blueprint, bundle, "bundleId", sink));

        Assert.Equal(RuleIds.PlatformMismatch, violation.RuleId);
        Assert.Equal(replacement, violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void Ipv6_with_a_dual_stack_bundle_offers_both_fixes()
    {
        var violation = Single(sink => IpAddressTypeRules.CheckBundlePairing("ipv6", "small_3_0", "ipAddressType", sink));

        Assert.Equal("dualstack", violation.FixData[FixDataKeys.Replacement]);
        Assert.Equal("bundleId", violation.FixData[FixDataKeys.OtherMember]);
        Assert.Equal("small_ipv6_3_0", violation.FixData[FixDataKeys.OtherReplacement]);
    }

    [Fact]
    public void Ip_type_in_the_wrong_case_is_fixed_to_lower_case()
    {
        var violation = Single(sink => IpAddressTypeRules.Check("IPv6", "ipAddressType", sink));

        Assert.Equal("ipv6", violation.FixData[FixDataKeys.Replacement]);
    }

    [Theory]
    [InlineData("bad#key", "bad-key")]
    [InlineData("a|b", "a-b")]
    public void Tag_characters_fix_replaces_the_others_with_a_dash(string key, string replacement)
    {
        var violation = Single(sink => TagRules.CheckKey(key, "tags[0].key", sink));

        Assert.Equal(RuleIds.TagCharacters, violation.RuleId);
        Assert.Equal(replacement, violation.FixData[FixDataKeys.Replacement]);
        Assert.Contains("G5", violation.Message);
    }

    [Fact]
    public void Reserved_prefix_fix_strips_it()
    {
        var violation = Single(sink => TagRules.CheckKey("AWS:owner", "tags[0].key", sink));

        Assert.Equal("owner", violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void Duplicates_are_fixed_by_removal()
    {
        var sink = new RuleViolationList();
        InstanceNameRules.CheckNames(new[] { "web-1", "web-1" }, sink);

        var violation = Assert.Single(sink);
        Assert.Equal("instanceNames[1]", violation.Member);
        Assert.Equal("true", violation.FixData[FixDataKeys.Remove]);
    }

    [Theory]
    [InlineData("-web 1-", "web-1")]
    [InlineData("a", "a1")]
    [InlineData("web!", "web")]
    public void Name_fix_is_the_nearest_valid_name(string name, string replacement)
    {
        var sink = new RuleViolationList();
        InstanceNameRules.CheckName(name, "instanceNames[0]", sink);

        Assert.NotEmpty(sink);
        Assert.All(sink, violation => Assert.Equal(replacement, violation.FixData[FixDataKeys.Replacement]));
    }

    [Fact]
    public void Untagged_powershell_fix_wraps_the_script()
    {
        var violation = Single(sink => UserDataRules.CheckPlatform("Get-Date", "windows_server_2022", "small_win_3_0", "userData", sink));

        Assert.Equal("<powershell>\nGet-Date\n</powershell>", violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void Non_numeric_duration_fix_keeps_the_leading_digits()
    {
        var violation = Single(sink => AddOnRules.CheckDuration("30min", AddOnRules.DurationMember, sink));

        Assert.Equal("30", violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        var violation = Single(sink => UserDataRules.CheckSize(new string('a', 20000), "userData", sink));

        Assert.True(violation.Message.Length < 400, violation.Message);
        Assert.Contains("20000 bytes", violation.Message);
        Assert.DoesNotContain("aaaa", violation.Message);
    }
}
