using System.Text.Json;
using System.Text.Json.Nodes;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>boto3/botocore against the local endpoint: what it sends is accepted, what it receives parses.</summary>
public sealed class Boto3ConformanceTests : ConformanceTest
{
    protected override void Configure(LocalLightsailOptions options)
    {
        options.AdditionalCredentials.Add(new LocalCredential("ASIABOTOTEMP", "boto-temporary-secret", "boto-session-token"));
        options.InstanceSnapshots.Add(new LocalInstanceSnapshot("golden", Blueprints.Ubuntu22_04, Bundles.Small3_0));
    }

    [Fact]
    public async Task Create_poll_and_read_back_blueprint_bundle_zone_and_tags()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "create_and_read",
            ["request"] = JsonNode.Parse("""
                {"instanceNames":["web-1","web-2"],"availabilityZone":"us-east-1b","blueprintId":"ubuntu_24_04",
                 "bundleId":"small_3_0","keyPairName":"deploy","userData":"#!/bin/bash\necho ünïcødé > /tmp/x",
                 "tags":[{"key":"role","value":"web"},{"key":"solo"}],
                 "addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:00"}}],
                 "ipAddressType":"dualstack"}
                """),
        });

        Assert.True(output.GetProperty("created").GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(["NotStarted", "NotStarted"], output.GetProperty("firstStatuses").EnumerateArray().Select(s => s.GetString()));
        foreach (var final in output.GetProperty("final").EnumerateArray())
        {
            Assert.Equal("Succeeded", final.GetProperty("status").GetString());
            Assert.Equal("CreateInstance", final.GetProperty("operationType").GetString());
            Assert.Equal("datetime", final.GetProperty("createdAtType").GetString());
        }

        var instances = output.GetProperty("instances").EnumerateArray().ToList();
        Assert.Equal(["web-1", "web-2"], instances.Select(i => i.GetProperty("name").GetString()));
        Assert.All(instances, instance =>
        {
            Assert.Equal("ubuntu_24_04", instance.GetProperty("blueprintId").GetString());
            Assert.Equal("small_3_0", instance.GetProperty("bundleId").GetString());
            Assert.Equal("us-east-1b", instance.GetProperty("location").GetProperty("availabilityZone").GetString());
            Assert.Equal("""[{"key": "role", "value": "web"}, {"key": "solo"}]""", instance.GetProperty("tags").GetRawText());
            Assert.Equal("running", instance.GetProperty("state").GetProperty("name").GetString());
            Assert.Equal("deploy", instance.GetProperty("sshKeyName").GetString());
            Assert.Equal("06:00", instance.GetProperty("addOns")[0].GetProperty("snapshotTimeOfDay").GetString());
        });
    }

    [Fact]
    public async Task Wrong_secret_raises_ClientError_InvalidSignatureException()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials with { SecretAccessKey = "not-the-secret" },
            new JsonObject { ["mode"] = "call", ["operation"] = "get_instances" });

        Assert.False(output.GetProperty("ok").GetBoolean());
        Assert.Equal("InvalidSignatureException", output.GetProperty("code").GetString());
        Assert.StartsWith("The request signature we calculated does not match", output.GetProperty("message").GetString());
        Assert.Equal(400, output.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Unknown_access_key_raises_UnrecognizedClientException()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials with { AccessKeyId = "AKIDSTRANGER" },
            new JsonObject { ["mode"] = "call", ["operation"] = "get_instances" });

        Assert.Equal("UnrecognizedClientException", output.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("body")]
    [InlineData("signature")]
    [InlineData("target")]
    public async Task Request_signed_by_botocore_and_altered_afterwards_is_refused(string what)
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "tamper",
            ["tamper"] = what,
            ["operation"] = "CreateInstances",
            ["body"] = JsonNode.Parse("""{"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"debian_12","bundleId":"nano_3_0"}"""),
        });

        Assert.Equal(400, output.GetProperty("status").GetInt32());
        Assert.Equal("InvalidSignatureException", output.GetProperty("body").GetProperty("__type").GetString());
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Request_signed_by_botocore_and_sent_unaltered_is_accepted()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "tamper",
            ["tamper"] = "nothing",
            ["operation"] = "CreateInstances",
            ["body"] = JsonNode.Parse("""{"instanceNames":["web-1"],"availabilityZone":"us-east-1a","blueprintId":"debian_12","bundleId":"nano_3_0"}"""),
        });

        Assert.Equal(200, output.GetProperty("status").GetInt32());
        Assert.Equal(["web-1"], Server.InstanceNames);
    }

    [Fact]
    public async Task Session_credentials_are_accepted_and_a_wrong_token_is_refused()
    {
        var temporary = new ClientCredentials("ASIABOTOTEMP", "boto-temporary-secret", Server.Region, "boto-session-token");
        var call = new JsonObject { ["mode"] = "call", ["operation"] = "get_regions", ["params"] = new JsonObject { ["includeAvailabilityZones"] = true } };

        var accepted = await BotoDriver.RunAsync(Server.Endpoint, temporary, call);
        var refused = await BotoDriver.RunAsync(Server.Endpoint, temporary with { SessionToken = "stale" }, JsonNode.Parse(call.ToJsonString())!.AsObject());

        Assert.True(accepted.GetProperty("ok").GetBoolean(), accepted.ToString());
        var zones = accepted.GetProperty("result").GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "us-east-1").GetProperty("availabilityZones");
        Assert.Equal(6, zones.GetArrayLength());
        Assert.Equal("UnrecognizedClientException", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Service_errors_map_to_botocore_modeled_exceptions()
    {
        var create = new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances",
            ["params"] = JsonNode.Parse("""{"instanceNames":["db-1"],"availabilityZone":"us-east-1q","blueprintId":"ubuntu_22_04","bundleId":"nano_3_0"}"""),
        };

        var badZone = await BotoDriver.RunAsync(Server.Endpoint, Credentials, create);
        var missing = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call", ["operation"] = "get_instance", ["params"] = new JsonObject { ["instanceName"] = "ghost" },
        });

        Assert.Equal("InvalidInputException", badZone.GetProperty("code").GetString());
        Assert.Equal("InvalidInputException", badZone.GetProperty("exception").GetString());
        Assert.StartsWith("The given Availability Zone is invalid.", badZone.GetProperty("message").GetString());
        Assert.Equal("NotFoundException", missing.GetProperty("exception").GetString());
    }

    [Fact]
    public async Task Botocore_retries_throttling_and_5xx_then_succeeds()
    {
        Server.Faults.Enqueue(Fault.Throttle().For("GetBundles"), Fault.InternalError.For("GetBundles"));

        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject { ["mode"] = "call", ["operation"] = "get_bundles" });

        Assert.True(output.GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(2, output.GetProperty("retries").GetInt32());
        Assert.Equal(3, Server.Stats.Count("GetBundles"));
        Assert.Equal(32, output.GetProperty("result").GetProperty("bundles").GetArrayLength());
    }

    [Fact]
    public async Task Botocore_retries_a_dropped_connection()
    {
        Server.Faults.Enqueue(Fault.DropConnection.For("GetRegions"));

        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject { ["mode"] = "call", ["operation"] = "get_regions" });

        Assert.True(output.GetProperty("ok").GetBoolean(), output.ToString());
        Assert.Equal(1, output.GetProperty("retries").GetInt32());
        Assert.Equal([0, 200], Server.Stats.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Botocore_gives_up_after_its_attempts_with_ThrottlingException()
    {
        Server.Faults.Enqueue(Fault.Throttle(5));

        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call", ["operation"] = "get_instances", ["maxAttempts"] = 2,
        });

        Assert.Equal("ThrottlingException", output.GetProperty("code").GetString());
        Assert.Equal(2, Server.Stats.Count("GetInstances"));
    }

    [Fact]
    public async Task Lost_response_makes_botocore_retry_into_names_already_in_use()
    {
        Server.Faults.Enqueue(Fault.LostResponse.For("CreateInstances"));

        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances",
            ["params"] = JsonNode.Parse("""{"instanceNames":["lost-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0"}"""),
        });

        // The wire.md hazard, reproduced with a real SDK: the first attempt created the instance, the retry is refused.
        Assert.Equal("InvalidInputException", output.GetProperty("code").GetString());
        Assert.Equal("Some names are already in use: lost-1", output.GetProperty("message").GetString());
        Assert.Equal(["lost-1"], Server.InstanceNames);
        Assert.Equal(2, Server.Stats.Count("CreateInstances"));
    }

    [Fact]
    public async Task After_a_lost_response_botocore_finds_the_create_operation_by_resource()
    {
        Server.Faults.Enqueue(Fault.LostResponse.For("CreateInstances"));
        var lost = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances",
            ["maxAttempts"] = 1,
            ["params"] = JsonNode.Parse("""{"instanceNames":["lost-2"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0"}"""),
        });

        Assert.Equal("ConnectionClosedError", lost.GetProperty("transport").GetString());
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call", ["operation"] = "get_operations_for_resource", ["params"] = new JsonObject { ["resourceName"] = "lost-2" },
        });

        var operation = output.GetProperty("result").GetProperty("operations").EnumerateArray().Single();
        Assert.Equal("CreateInstance", operation.GetProperty("operationType").GetString());
        Assert.Equal("lost-2", operation.GetProperty("resourceName").GetString());
    }

    [Fact]
    public async Task Create_instances_from_snapshot_through_botocore()
    {
        var output = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances_from_snapshot",
            ["params"] = JsonNode.Parse("""{"instanceNames":["copy-1"],"availabilityZone":"us-east-1a","instanceSnapshotName":"golden","bundleId":"medium_3_0","ipAddressType":"ipv4"}"""),
        });

        Assert.True(output.GetProperty("ok").GetBoolean(), output.ToString());
        var operation = output.GetProperty("result").GetProperty("operations").EnumerateArray().Single();
        Assert.Equal("CreateInstancesFromSnapshot", operation.GetProperty("operationType").GetString());
        Assert.Equal(["copy-1"], Server.InstanceNames);
    }

    [Fact]
    public async Task Blueprints_and_bundles_parse_in_botocore()
    {
        var blueprints = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject { ["mode"] = "call", ["operation"] = "get_blueprints" });

        var windows = blueprints.GetProperty("result").GetProperty("blueprints").EnumerateArray()
            .Where(b => b.GetProperty("platform").GetString() == "WINDOWS")
            .Select(b => b.GetProperty("blueprintId").GetString());
        Assert.Equal(Blueprints.Windows.Order(), windows.Order());
    }

    [Fact]
    public async Task Delete_through_botocore_returns_a_DeleteInstance_operation()
    {
        await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call",
            ["operation"] = "create_instances",
            ["params"] = JsonNode.Parse("""{"instanceNames":["tmp-1"],"availabilityZone":"us-east-1a","blueprintId":"ubuntu_24_04","bundleId":"nano_3_0"}"""),
        });

        var deleted = await BotoDriver.RunAsync(Server.Endpoint, Credentials, new JsonObject
        {
            ["mode"] = "call", ["operation"] = "delete_instance", ["params"] = new JsonObject { ["instanceName"] = "tmp-1" },
        });

        var operation = deleted.GetProperty("result").GetProperty("operations")[0];
        Assert.Equal("DeleteInstance", operation.GetProperty("operationType").GetString());
        Assert.Equal(JsonValueKind.Object, operation.GetProperty("createdAt").ValueKind);
    }
}
