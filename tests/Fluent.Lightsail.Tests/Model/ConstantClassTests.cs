using Fluent.Lightsail.Model;
namespace Fluent.Lightsail.Tests.Model;

public sealed class ConstantClassTests
{
    [Fact]
    public void A_known_value_resolves_to_the_shared_instance()
    {
        IpAddressType fromString = "ipv6";

        Assert.Same(IpAddressType.Ipv6, fromString);
        Assert.Same(OperationStatus.Succeeded, OperationStatus.FindValue("Succeeded"));
    }

    [Fact]
    public void An_unknown_value_is_kept_rather_than_rejected()
    {
        // The service adds enum values over time; a client must carry them, not fail.
        var region = RegionName.FindValue("xx-future-9");

        Assert.Equal("xx-future-9", region.Value);
    }

    [Fact]
    public void Region_names_cover_the_catalogue()
    {
        foreach (var region in Regions.All)
        {
            Assert.Equal(region, RegionName.FindValue(region).Value);
        }

        Assert.Equal(20, Regions.All.Count);
    }
}
