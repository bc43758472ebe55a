using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// What the light bulb shows: titles that name the value and why; the mechanical fix first, with the one mechanical
/// equivalence key; choices after it, with none (no Fix All applies them).
/// </summary>
public sealed class FixTitleTests
{
    [Fact]
    public async Task A_platform_fix_names_the_bundle_and_its_family()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").WithBlueprint("windows_server_2022").WithBundle("small_3_0");"""));

        Assert.Equal(
            new[]
            {
                ("FLS3005", "Use 'small_win_3_0' (Windows bundle of the same size)", (string?)null),
                ("FLS3005", "Use blueprint 'ubuntu_24_04' (Linux/Unix, like bundle 'small_3_0')", null),
            },
            offered);
    }

    [Fact]
    public async Task An_ipv6_mismatch_offers_the_type_and_the_bundle()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").WithIpAddressType("ipv6");"""));

        Assert.Equal(
            new[]
            {
                ("FLS8002", "Use IP address type 'dualstack'", (string?)null),
                ("FLS8002", "Use bundle 'small_ipv6_3_0' (IPv6-only bundle of the same size)", null),
            },
            offered);
    }

    [Fact]
    public async Task Invalid_tag_characters_offer_one_mechanical_repair_and_two_choices()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("a#b!");"""));

        Assert.Equal(
            new[]
            {
                ("FLS6003", "Replace invalid characters with '-': 'a-b-'", (string?)Fix.Mechanical),
                ("FLS6003", "Remove invalid characters: 'ab'", null),
                ("FLS6003", "Replace invalid characters with '_': 'a_b_'", null),
            },
            offered);
    }

    [Fact]
    public async Task Snapshot_time_and_removal_titles_say_why()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").WithAutoSnapshot("6:30");"""));
        var removals = await OfferedFixes.ListAsync(
            new RemovalCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").WithTag("env", "a").WithTag("env", "b").WithBlueprint("windows_server_2022").WithBundle("small_win_3_0").WithAutoSnapshot("06:00");"""));

        Assert.Equal(new[] { ("FLS7001", "Use '06:00' (on the hour)", (string?)Fix.Mechanical) }, offered);
        Assert.Equal(
            new[]
            {
                ("FLS6006", "Remove the later tag 'env' (the first value stays)", (string?)null),
                ("FLS7003", "Remove AutoSnapshot (Windows instances have no automatic snapshots)", null),
            },
            removals);
    }

    [Fact]
    public async Task Long_values_are_shortened_in_titles()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls($$"""Web.Named("web-1").WithTag("k", "{{new string('v', 300)}}");"""));

        Assert.Equal(new[] { ("FLS6002", "Shorten the value to 256 characters", (string?)null) }, offered);
    }

    [Fact]
    public async Task An_unknown_region_offers_the_closest_regions_by_place_and_none_mechanically()
    {
        var offered = await OfferedFixes.ListAsync(
            new ValueCodeFixProvider(),
            CodeFixSources.Calls("""Web.Named("web-1").InZone("ap-southeast-4b");"""));

        Assert.Equal(3, offered.Count);
        Assert.Contains(("FLS2003", "Use 'ap-southeast-2b' (Sydney)", (string?)null), offered);
        Assert.All(offered, fix => Assert.Null(fix.EquivalenceKey));
    }
}
