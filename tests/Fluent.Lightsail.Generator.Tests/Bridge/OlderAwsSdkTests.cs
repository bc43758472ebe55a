using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests.Bridge;

/// <summary>
/// An AWSSDK.Lightsail from before <c>IpAddressType</c> and <c>StopInstanceOnIdleRequest</c>: the bridge still
/// compiles, converts what that release can express, and refuses (rather than drops) what it cannot.
/// </summary>
public sealed class OlderAwsSdkTests
{
    private const string Template = """
        using Fluent.Lightsail;

        namespace Acme.Fleet;

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Debian12, Bundle = Bundles.Nano3_0)]
        [Tag("role", "web")]
        [AutoSnapshot("06:00")]
        public partial class Legacy;
        """;

    [Fact]
    public void What_the_release_can_express_is_converted()
    {
        var request = BridgeProbe.Run(AwsSdkStandIn.OlderRelease, Template, """Acme.Fleet.Legacy.Named("old-1").BuildAwsRequest()""");

        Assert.Equal(["old-1"], (List<string>)request.InstanceNames);
        Assert.Equal("us-east-2a", (string)request.AvailabilityZone);
        Assert.Equal("web", (string)request.Tags[0].Value);
        Assert.Equal("06:00", (string)request.AddOns[0].AutoSnapshotAddOnRequest.SnapshotTimeOfDay);
    }

    [Fact]
    public void An_IpAddressType_is_refused_rather_than_dropped()
    {
        var exception = Assert.Throws<NotSupportedException>(() => BridgeProbe.Run(
            AwsSdkStandIn.OlderRelease, Template, """Acme.Fleet.Legacy.Named("old-1").WithIpAddressType("ipv4").BuildAwsRequest()"""));

        Assert.Contains("IpAddressType", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopInstanceOnIdle_is_refused_rather_than_dropped()
    {
        var exception = Assert.Throws<NotSupportedException>(() => BridgeProbe.Run(
            AwsSdkStandIn.OlderRelease, Template, """Acme.Fleet.Legacy.Named("old-1").WithStopInstanceOnIdle("5", "30").BuildAwsRequest()"""));

        Assert.Contains("StopInstanceOnIdleRequest", exception.Message, StringComparison.Ordinal);
    }
}
