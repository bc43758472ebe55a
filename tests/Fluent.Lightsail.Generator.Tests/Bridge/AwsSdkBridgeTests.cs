using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Generator.Tests.Bridge;

/// <summary>
/// The AWSSDK.Lightsail bridge at run time: templates compiled against the SDK stand-in send through a recording
/// <c>IAmazonLightsail</c>, and each test checks the SDK request member by member against the template's values.
/// </summary>
public sealed class AwsSdkBridgeTests
{
    private const string Zone = "us-east-2a";
    private const string KeyPair = "deploy";
    private const string SnapshotTime = "06:00";
    private const string IdleThreshold = "5";
    private const string IdleDuration = "30";
    private const string Script = "#!/bin/sh\necho \"ready\"\n";

    // Every member set, an assembly tag, a key-only tag, both add-ons and a non-default IP address type.
    private const string EveryMember = $$"""
        using Fluent.Lightsail;

        [assembly: Tag("cost-center", "platform")]

        namespace Acme.Fleet;

        [InstanceTemplate(AvailabilityZone = "{{Zone}}", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.SmallIpv6_3_0,
                          KeyPair = "{{KeyPair}}", IpAddressType = IpAddressTypes.Ipv6)]
        [Tag("role", "web")]
        [Tag("backup")]
        [AutoSnapshot("{{SnapshotTime}}")]
        [StopInstanceOnIdle("{{IdleThreshold}}", "{{IdleDuration}}")]
        [UserData("#!/bin/sh\necho \"ready\"\n")]
        public partial class WebServer;
        """;

    [Fact]
    public void CreateAsync_sends_every_template_member_through_the_SDK()
    {
        var recording = BridgeProbe.Run(
            EveryMember,
            """RecordingLightsail.Send((client, token) => Acme.Fleet.WebServer.Named("web-1", "web-2").WithTag("owner", "me").CreateAsync(client, token))""");

        Assert.Null(recording.Failure);
        Assert.Equal(1, (int)recording.Calls);
        Assert.True((bool)recording.ReceivedCallersToken);
        Assert.Same(recording.Response, recording.Returned);

        var request = recording.Request;
        Assert.Equal("Amazon.Lightsail.Model.CreateInstancesRequest", ((object)request).GetType().FullName);
        Assert.Equal(["web-1", "web-2"], (List<string>)request.InstanceNames);
        Assert.Equal(Zone, (string)request.AvailabilityZone);
        Assert.Equal(Blueprints.Ubuntu24_04, (string)request.BlueprintId);
        Assert.Equal(Bundles.SmallIpv6_3_0, (string)request.BundleId);
        Assert.Equal(KeyPair, (string)request.KeyPairName);
        Assert.Equal(Script, (string)request.UserData);

        // The SDK's own constant, found by value: the SDK compares these by reference in places.
        Assert.Equal("Amazon.Lightsail.IpAddressType", ((object)request.IpAddressType).GetType().FullName);
        Assert.Equal(IpAddressTypes.Ipv6, (string)request.IpAddressType.Value);

        Assert.Equal([("cost-center", "platform"), ("role", "web"), ("backup", null), ("owner", "me")], Tags((object)request));

        Assert.Equal(2, (int)request.AddOns.Count);
        var autoSnapshot = request.AddOns[0];
        Assert.Equal("AutoSnapshot", (string)autoSnapshot.AddOnType.Value);
        Assert.Equal("Amazon.Lightsail.AddOnType", ((object)autoSnapshot.AddOnType).GetType().FullName);
        Assert.Equal(SnapshotTime, (string)autoSnapshot.AutoSnapshotAddOnRequest.SnapshotTimeOfDay);
        Assert.Null((object?)autoSnapshot.StopInstanceOnIdleRequest);
        var stopOnIdle = request.AddOns[1];
        Assert.Equal("StopInstanceOnIdle", (string)stopOnIdle.AddOnType.Value);
        Assert.Null((object?)stopOnIdle.AutoSnapshotAddOnRequest);
        Assert.Equal(IdleThreshold, (string)stopOnIdle.StopInstanceOnIdleRequest.Threshold);
        Assert.Equal(IdleDuration, (string)stopOnIdle.StopInstanceOnIdleRequest.Duration);
    }

    [Fact]
    public void BuildAwsRequest_applies_the_calls_and_leaves_what_nothing_set_null()
    {
        var request = BridgeProbe.Run(
            Templates.Minimal,
            """Acme.Fleet.DevBox.Named("dev-1").InZone("eu-west-1a").WithBlueprint("debian_12").WithBundle("nano_3_0").BuildAwsRequest()""");

        Assert.Equal(["dev-1"], (List<string>)request.InstanceNames);
        Assert.Equal("eu-west-1a", (string)request.AvailabilityZone);
        Assert.Equal("debian_12", (string)request.BlueprintId);
        Assert.Equal("nano_3_0", (string)request.BundleId);

        // Unset stays unset, so that the SDK leaves these members out of the request as ours does.
        Assert.Null((object?)request.KeyPairName);
        Assert.Null((object?)request.UserData);
        Assert.Null((object?)request.IpAddressType);
        Assert.Null((object?)request.Tags);
        Assert.Null((object?)request.AddOns);
    }

    [Fact]
    public void The_conversion_keeps_null_and_empty_lists_apart()
    {
        // Straight through the bridge: a builder never makes an empty tag or add-on list, but a null list and an empty
        // one mean different requests (left out vs sent as []), so the conversion must keep each as it is.
        var converted = BridgeProbe.Run(
            Templates.Minimal,
            """
            new object[]
            {
                FluentLightsailAwsSdkBridge.ToAwsRequest(new Fluent.Lightsail.Model.CreateInstancesRequest
                {
                    InstanceNames = new(), Tags = new(), AddOns = new(),
                }),
                FluentLightsailAwsSdkBridge.ToAwsRequest(new Fluent.Lightsail.Model.CreateInstancesRequest()),
            }
            """);

        var empty = converted[0];
        Assert.Equal(0, (int)empty.InstanceNames.Count);
        Assert.Equal(0, (int)empty.Tags.Count);
        Assert.Equal(0, (int)empty.AddOns.Count);
        var unset = converted[1];
        Assert.Null((object?)unset.InstanceNames);
        Assert.Null((object?)unset.Tags);
        Assert.Null((object?)unset.AddOns);
    }

    [Fact]
    public void The_conversion_keeps_the_deprecated_CustomImageName_only_when_set()
    {
        // Both models carry customImageName as [Obsolete]; a hand-built request that sets it must not lose it.
        var converted = BridgeProbe.Run(
            Templates.Minimal,
            """
            new object[]
            {
                FluentLightsailAwsSdkBridge.ToAwsRequest(new Fluent.Lightsail.Model.CreateInstancesRequest { CustomImageName = "legacy" }),
                FluentLightsailAwsSdkBridge.ToAwsRequest(new Fluent.Lightsail.Model.CreateInstancesRequest()),
            }
            """);

        Assert.Equal("legacy", (string)converted[0].CustomImageName);
        Assert.Null((string?)converted[1].CustomImageName);
    }

    [Fact]
    public void An_invalid_call_site_value_throws_before_the_SDK_is_called()
    {
        // A value only known at run time (not a constant), so only Build() can catch it.
        var recording = BridgeProbe.Run(
            EveryMember,
            """RecordingLightsail.Send((client, token) => Acme.Fleet.WebServer.Named("web-1").WithAutoSnapshot(string.Concat("6:", "30")).CreateAsync(client, token))""");

        Assert.IsType<LightsailValidationException>(recording.Failure);
        Assert.Equal(0, (int)recording.Calls);
    }

    [Fact]
    public void A_null_client_is_rejected()
    {
        var recording = BridgeProbe.Run(
            EveryMember,
            """RecordingLightsail.Send((client, token) => Acme.Fleet.WebServer.Named("web-1").CreateAsync((Amazon.Lightsail.IAmazonLightsail)null!, token))""");

        var failure = Assert.IsType<ArgumentNullException>(recording.Failure);
        Assert.Equal("client", failure.ParamName);
    }

    private static (string Key, string? Value)[] Tags(dynamic request)
    {
        var tags = new List<(string, string?)>();
        foreach (var tag in request.Tags)
        {
            Assert.Equal("Amazon.Lightsail.Model.Tag", ((object)tag).GetType().FullName);
            tags.Add(((string)tag.Key, (string?)tag.Value));
        }

        return [.. tags];
    }
}
