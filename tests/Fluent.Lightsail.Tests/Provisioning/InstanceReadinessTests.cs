using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.Provisioning;

/// <summary>When an instance counts as ready: running, and its public address for its IP address type.</summary>
public sealed class InstanceReadinessTests
{
    [Theory]
    [InlineData("pending", "dualstack", "203.0.113.1", "2001:db8::1", false)]
    [InlineData("running", "dualstack", null, null, false)]
    [InlineData("running", "dualstack", "203.0.113.1", null, true)]
    [InlineData("running", "ipv4", "203.0.113.1", null, true)]
    [InlineData("running", "ipv6", null, null, false)]
    [InlineData("running", "ipv6", null, "2001:db8::1", true)]
    [InlineData("running", "dualstack", null, "2001:db8::1", false)]
    [InlineData("stopping", "dualstack", "203.0.113.1", null, false)]
    public void Ready_means_running_with_the_address_of_its_type(string state, string ipAddressType, string? ipv4, string? ipv6, bool ready)
    {
        var instance = new Instance
        {
            Name = "web-1",
            State = new InstanceState { Name = state },
            IpAddressType = IpAddressType.FindValue(ipAddressType),
            PublicIpAddress = ipv4,
            Ipv6Addresses = ipv6 == null ? [] : [ipv6],
        };

        var readiness = InstanceReadiness.Of(instance);

        Assert.Equal(ready, readiness.IsReady);
        Assert.Equal((state, ipv4, ipv6), (readiness.State, readiness.PublicIpAddress, readiness.Ipv6Address));
        var shownAddress = ipv4 ?? ipv6;
        Assert.Equal("web-1: " + state + (shownAddress == null ? string.Empty : ", " + shownAddress), readiness.ToString());
    }
}
