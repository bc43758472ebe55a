using System.Text;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>What the client puts on the wire: method, path, headers, body bytes and a valid SigV4 signature.</summary>
public sealed class RequestWireTests
{
    private const string OperationsBody = "{\"operations\":[]}";

    private static CreateInstancesRequest FullRequest() => new()
    {
        InstanceNames = new List<string> { "web-1", "web-2" },
        AvailabilityZone = "us-east-1a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
        UserData = "#!/bin/bash\necho \"héllo <world> & 'you' + €\" > /tmp/x",
        KeyPairName = "deploy",
        Tags = new List<Tag> { new() { Key = "role", Value = "web" }, new() { Key = "key-only" } },
        AddOns = new List<AddOnRequest>
        {
            new() { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
            new() { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5", Duration = "30" } },
        },
        IpAddressType = IpAddressType.Dualstack,
    };

    [Fact]
    public async Task CreateInstances_body_is_the_model_order_json_byte_for_byte()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(OperationsBody));
        using var client = TestClients.Create(server);
        var request = FullRequest();

        await client.CreateInstancesAsync(request);

        var sent = Assert.Single(server.Requests);
        const string Expected =
            "{\"instanceNames\":[\"web-1\",\"web-2\"],\"availabilityZone\":\"us-east-1a\",\"blueprintId\":\"ubuntu_24_04\","
            + "\"bundleId\":\"small_3_0\",\"userData\":\"#!/bin/bash\\necho \\\"héllo <world> & 'you' + €\\\" > /tmp/x\","
            + "\"keyPairName\":\"deploy\",\"tags\":[{\"key\":\"role\",\"value\":\"web\"},{\"key\":\"key-only\"}],"
            + "\"addOns\":[{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{\"snapshotTimeOfDay\":\"06:00\"}},"
            + "{\"addOnType\":\"StopInstanceOnIdle\",\"stopInstanceOnIdleRequest\":{\"threshold\":\"5\",\"duration\":\"30\"}}],"
            + "\"ipAddressType\":\"dualstack\"}";
        Assert.Equal(Encoding.UTF8.GetBytes(Expected), sent.Body);
        Assert.Equal(Encoding.UTF8.GetBytes(request.ToJson()), sent.Body);
    }

    [Fact]
    public async Task CreateInstances_request_line_and_protocol_headers_match_awsJson_1_1()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(OperationsBody));
        using var client = TestClients.Create(server);

        await client.CreateInstancesAsync(FullRequest());

        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/", sent.Target);
        Assert.Equal("Lightsail_20161128.CreateInstances", sent.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", sent.Header("Content-Type"));
        Assert.Equal(1, sent.HeaderCount("Content-Type"));
        Assert.Equal($"127.0.0.1:{server.Port}", sent.Header("Host"));
        Assert.Equal(sent.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Header("Content-Length"));
        Assert.Equal("attempt=1; max=3", sent.Header("amz-sdk-request"));
        Assert.True(Guid.TryParse(sent.Header("amz-sdk-invocation-id"), out _));
        Assert.Contains("api/Lightsail#", sent.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("2016-11-28", sent.Header("x-amz-api-version"));
        Assert.Equal(1, sent.HeaderCount("x-amz-api-version"));
    }

    [Fact]
    public async Task Requests_are_signed_with_sigv4_for_lightsail_in_the_configured_region()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(OperationsBody));
        using var client = TestClients.Create(server);

        await client.CreateInstancesAsync(FullRequest());

        var sent = Assert.Single(server.Requests);
        var authorization = SigV4Verifier.Parse(sent);
        Assert.Equal($"{DateTime.UtcNow:yyyyMMdd}/us-east-1/lightsail/aws4_request", authorization.Scope);
        Assert.Equal("content-type;host;x-amz-api-version;x-amz-content-sha256;x-amz-date;x-amz-target", authorization.SignedHeaders);
        Assert.Null(sent.Header("X-Amz-Security-Token"));
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
        Assert.NotEqual(SigV4Verifier.ExpectedSignature(sent, "some-other-secret"), authorization.Signature);
    }

    [Fact]
    public async Task Session_credentials_send_and_sign_the_security_token()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(OperationsBody));
        using var client = TestClients.CreateWithSession(server);

        await client.CreateInstancesAsync(FullRequest());

        var sent = Assert.Single(server.Requests);
        Assert.Equal(TestClients.SessionToken, sent.Header("X-Amz-Security-Token"));
        Assert.Equal("content-type;host;x-amz-api-version;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target", SigV4Verifier.Parse(sent).SignedHeaders);
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
    }

    [Fact]
    public async Task Signing_region_follows_the_authentication_region()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json(OperationsBody));
        using var client = TestClients.Create(server, c => c.AuthenticationRegion = "eu-west-2");

        await client.CreateInstancesAsync(FullRequest());

        var sent = Assert.Single(server.Requests);
        Assert.Equal("eu-west-2", SigV4Verifier.Parse(sent).Region);
        SigV4Verifier.AssertValid(sent, TestClients.AccessKey, TestClients.SecretKey);
    }

    [Fact]
    public async Task GetOperation_and_GetInstance_send_their_single_member_bodies()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Json("{\"operation\":{\"id\":\"op-1\"}}"),
            StubReply.Json("{\"instance\":{\"name\":\"web-1\"}}"),
            StubReply.Json("{\"operations\":[]}"));
        using var client = TestClients.Create(server);

        await client.GetOperationAsync(new GetOperationRequest { OperationId = "op-\"1\"" });
        await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" });
        await client.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = "web-1", PageToken = "p2" });

        var sent = server.Requests;
        Assert.Equal("Lightsail_20161128.GetOperation", sent[0].Header("X-Amz-Target"));
        Assert.Equal("{\"operationId\":\"op-\\\"1\\\"\"}", sent[0].BodyText);
        Assert.Equal("Lightsail_20161128.GetInstance", sent[1].Header("X-Amz-Target"));
        Assert.Equal("{\"instanceName\":\"web-1\"}", sent[1].BodyText);
        Assert.Equal("Lightsail_20161128.GetOperationsForResource", sent[2].Header("X-Amz-Target"));
        Assert.Equal("{\"resourceName\":\"web-1\",\"pageToken\":\"p2\"}", sent[2].BodyText);
        Assert.All(sent, r => Assert.Equal("2016-11-28", r.Header("x-amz-api-version")));
        Assert.All(sent, r => SigV4Verifier.AssertValid(r, TestClients.AccessKey, TestClients.SecretKey));
    }
}
