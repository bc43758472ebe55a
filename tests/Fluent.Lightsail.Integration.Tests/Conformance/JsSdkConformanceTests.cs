using System.Text.Json.Nodes;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// The official AWS SDK for JavaScript v3 against the local endpoint. It signs more headers than botocore
/// (amz-sdk-invocation-id, amz-sdk-request) and parses timestamps into Date objects.
/// </summary>
public sealed class JsSdkConformanceTests : ConformanceTest
{
    protected override void Configure(LocalLightsailOptions options) =>
        options.AdditionalCredentials.Add(new LocalCredential("ASIAJSTEMP", "js-temporary-secret", "js-session-token"));

    [Fact]
    public async Task Create_poll_and_read_back()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var output = await JsSdkDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "create_and_read",
            ["request"] = JsonNode.Parse("""
                {"instanceNames":["js-1","js-2"],"availabilityZone":"us-east-1d","blueprintId":"windows_server_2022",
                 "bundleId":"medium_win_3_0","tags":[{"key":"owner","value":"José ops@example.com"}],"ipAddressType":"dualstack"}
                """),
        });

        Assert.True(output.GetProperty("created").GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(["NotStarted", "NotStarted"], output.GetProperty("firstStatuses").EnumerateArray().Select(s => s.GetString()));
        foreach (var final in output.GetProperty("final").EnumerateArray())
        {
            Assert.Equal("Succeeded", final.GetProperty("status").GetString());
            Assert.True(final.GetProperty("createdAtIsDate").GetBoolean());
            Assert.InRange(final.GetProperty("createdAtMs").GetInt64(), before - 1000, before + 60_000);
        }

        var instance = output.GetProperty("instances")[0];
        Assert.Equal("windows_server_2022", instance.GetProperty("blueprintId").GetString());
        Assert.Equal("medium_win_3_0", instance.GetProperty("bundleId").GetString());
        Assert.Equal("us-east-1d", instance.GetProperty("location").GetProperty("availabilityZone").GetString());
        Assert.Equal("José ops@example.com", instance.GetProperty("tags")[0].GetProperty("value").GetString());
        Assert.Equal("Administrator", instance.GetProperty("username").GetString());
    }

    [Fact]
    public async Task Wrong_secret_is_InvalidSignatureException()
    {
        var output = await JsSdkDriver.RunAsync(Server.Endpoint, Credentials with { SecretAccessKey = "nope" },
            new JsonObject { ["operation"] = "GetInstances" });

        Assert.False(output.GetProperty("ok").GetBoolean());
        Assert.Equal("InvalidSignatureException", output.GetProperty("name").GetString());
        Assert.Equal(400, output.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Service_errors_become_modeled_exceptions()
    {
        var output = await JsSdkDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["operation"] = "CreateInstances",
            ["params"] = JsonNode.Parse("""{"instanceNames":["js-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_win_3_0"}"""),
        });

        Assert.Equal("InvalidInputException", output.GetProperty("name").GetString());
        Assert.True(output.GetProperty("modeled").GetBoolean());
        Assert.Contains("requires LINUX_UNIX", output.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Throttling_is_retried()
    {
        Server.Faults.Enqueue(Fault.Throttle().For("GetRegions"));

        var output = await JsSdkDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["operation"] = "GetRegions",
            ["params"] = new JsonObject { ["includeAvailabilityZones"] = true },
        });

        Assert.True(output.GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(2, output.GetProperty("attempts").GetInt32());
        Assert.Equal(2, Server.Stats.Count("GetRegions"));
        Assert.Equal("attempt=2; max=3", Server.Stats.Requests[^1].SdkRequestHeader);
    }

    [Fact]
    public async Task Session_credentials_are_accepted()
    {
        var output = await JsSdkDriver.RunAsync(Server.Endpoint,
            new ClientCredentials("ASIAJSTEMP", "js-temporary-secret", Server.Region, "js-session-token"),
            new JsonObject { ["operation"] = "GetBundles" });

        Assert.True(output.GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(32, output.GetProperty("result").GetProperty("bundles").GetArrayLength());
    }
}
