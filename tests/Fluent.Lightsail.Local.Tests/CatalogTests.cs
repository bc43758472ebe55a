using Fluent.Lightsail.Local.Tests.Infrastructure;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>GetRegions, GetBlueprints and GetBundles: the catalogue matches the runtime's constants.</summary>
public sealed class CatalogTests : LocalServerTest
{
    [Fact]
    public async Task GetRegions_lists_zones_only_when_asked()
    {
        var without = await Http.SendAsync("GetRegions");
        var with = await Http.SendAsync("GetRegions", """{"includeAvailabilityZones":true}""");

        var bare = without.Json.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "us-east-1");
        Assert.False(bare.TryGetProperty("availabilityZones", out _));
        var zones = with.Json.GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "eu-west-2")
            .GetProperty("availabilityZones").EnumerateArray()
            .Select(z => (z.GetProperty("zoneName").GetString(), z.GetProperty("state").GetString()));
        Assert.Equal([("eu-west-2a", "available"), ("eu-west-2b", "available"), ("eu-west-2c", "available")], zones);
    }

    [Fact]
    public async Task GetRegions_leaves_out_us_west_1_where_Lightsail_does_not_run()
    {
        var reply = await Http.SendAsync("GetRegions");

        var names = reply.Json.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("us-west-1", names);
        Assert.Equal(Regions.All.Where(r => r != Regions.UsWest1).Order(), names.Order());
    }

    [Fact]
    public async Task GetBlueprints_covers_the_catalogue_with_platforms()
    {
        var reply = await Http.SendAsync("GetBlueprints");

        var blueprints = reply.Json.GetProperty("blueprints").EnumerateArray()
            .ToDictionary(b => b.GetProperty("blueprintId").GetString()!, b => b.GetProperty("platform").GetString());
        Assert.Equal(Blueprints.All.Order(), blueprints.Keys.Order());
        Assert.All(Blueprints.Windows, id => Assert.Equal("WINDOWS", blueprints[id]));
        Assert.All(Blueprints.Linux, id => Assert.Equal("LINUX_UNIX", blueprints[id]));
    }

    [Fact]
    public async Task GetBundles_covers_the_catalogue_with_platforms_power_and_ipv4_counts()
    {
        var reply = await Http.SendAsync("GetBundles");

        var bundles = reply.Json.GetProperty("bundles").EnumerateArray()
            .ToDictionary(b => b.GetProperty("bundleId").GetString()!);
        Assert.Equal(Bundles.All.Order(), bundles.Keys.Order());
        Assert.Equal("WINDOWS", bundles[Bundles.MediumWin3_0].GetProperty("supportedPlatforms")[0].GetString());
        Assert.Equal("LINUX_UNIX", bundles[Bundles.Nano3_0].GetProperty("supportedPlatforms")[0].GetString());
        Assert.Equal(0, bundles[Bundles.NanoIpv6_3_0].GetProperty("publicIpv4AddressCount").GetInt32());
        Assert.Equal(1, bundles[Bundles.Nano3_0].GetProperty("publicIpv4AddressCount").GetInt32());
        Assert.Equal(298, bundles[Bundles.Nano3_0].GetProperty("power").GetInt32());
        Assert.Equal(5m, bundles[Bundles.Nano3_0].GetProperty("price").GetDecimal());
        Assert.Equal(3.5m, bundles[Bundles.NanoIpv6_3_0].GetProperty("price").GetDecimal());
    }
}
