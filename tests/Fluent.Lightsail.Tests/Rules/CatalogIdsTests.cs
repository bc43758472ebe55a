using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>The id heuristics the rules reference names (B8, U4, P3, O9) and the catalogue lookups.</summary>
public sealed class CatalogIdsTests
{
    [Theory]
    [InlineData("windows_server_2022", Platform.Windows)]
    [InlineData("windows_anything", Platform.Windows)]
    [InlineData("ubuntu_24_04", Platform.LinuxUnix)]
    [InlineData("Windows_server_2022", Platform.LinuxUnix)]
    [InlineData("", Platform.Unknown)]
    [InlineData(null, Platform.Unknown)]
    public void Blueprint_platform_follows_the_windows_prefix(string? blueprint, Platform platform)
        => Assert.Equal(platform, CatalogIds.BlueprintPlatform(blueprint));

    [Theory]
    [InlineData("small_win_3_0", Platform.Windows)]
    [InlineData("nano_win_ipv6_3_0", Platform.Windows)]
    [InlineData("small_3_0", Platform.LinuxUnix)]
    [InlineData("windy_3_0", Platform.LinuxUnix)]
    [InlineData(" ", Platform.Unknown)]
    public void Bundle_platform_follows_the_win_segment(string bundle, Platform platform)
        => Assert.Equal(platform, CatalogIds.BundlePlatform(bundle));

    [Theory]
    [InlineData("lfr_ubuntu_1_0", true)]
    [InlineData("app_standard_xl_1_0", true)]
    [InlineData("gpu_nvidia_xl_1_0", true)]
    [InlineData("jupyter_lfr_1_0", true)]
    [InlineData("small_3_0", false)]
    [InlineData("ubuntu_24_04", false)]
    [InlineData(null, false)]
    public void Research_heuristic(string? id, bool research) => Assert.Equal(research, CatalogIds.LooksLikeResearch(id));

    [Fact]
    public void Every_catalogue_bundle_has_its_counterparts()
    {
        foreach (var bundle in Bundles.All)
        {
            var ipv6 = CatalogIds.IsIpv6OnlyBundle(bundle);
            Assert.NotNull(CatalogIds.BundleForIpv6(bundle, !ipv6));
            var windows = CatalogIds.BundlePlatform(bundle) == Platform.Windows;
            Assert.NotNull(CatalogIds.BundleForPlatform(bundle, windows ? Platform.LinuxUnix : Platform.Windows));
        }
    }

    [Fact]
    public void Every_catalogue_region_has_a_valid_zone_shape()
    {
        foreach (var region in Regions.All)
        {
            var sink = new RuleViolationList();
            AvailabilityZoneRules.Check(region + "a", "availabilityZone", sink);
            Assert.All(sink, violation => Assert.Equal(RuleIds.RegionNotServed, violation.RuleId));
        }
    }
}
