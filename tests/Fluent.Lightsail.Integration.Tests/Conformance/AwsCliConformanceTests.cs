using Fluent.Lightsail.Integration.Tests.Conformance.Support;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>The AWS CLI (v1, botocore underneath, its own argument parsing and output) against the local endpoint.</summary>
public sealed class AwsCliConformanceTests : ConformanceTest
{
    [Fact]
    public async Task Create_instances_then_read_operation_and_instance()
    {
        var created = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials,
            "create-instances", "--instance-names", "cli-1", "cli-2", "--availability-zone", "us-east-1c",
            "--blueprint-id", "amazon_linux_2023", "--bundle-id", "micro_3_0",
            "--tags", "key=env,value=ci", "key=team", "--ip-address-type", "ipv4");

        var operations = created.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(["cli-1", "cli-2"], operations.Select(o => o.GetProperty("resourceName").GetString()));
        Assert.All(operations, o => Assert.Equal("CreateInstance", o.GetProperty("operationType").GetString()));

        await Task.Delay(400);
        var operation = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials,
            "get-operation", "--operation-id", operations[0].GetProperty("id").GetString()!);
        var instance = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials, "get-instance", "--instance-name", "cli-1");

        Assert.Equal("Succeeded", operation.GetProperty("operation").GetProperty("status").GetString());
        var read = instance.GetProperty("instance");
        Assert.Equal("amazon_linux_2023", read.GetProperty("blueprintId").GetString());
        Assert.Equal("micro_3_0", read.GetProperty("bundleId").GetString());
        Assert.Equal("us-east-1c", read.GetProperty("location").GetProperty("availabilityZone").GetString());
        Assert.Equal("ipv4", read.GetProperty("ipAddressType").GetString());
        Assert.Equal("ec2-user", read.GetProperty("username").GetString());
        var tags = read.GetProperty("tags").EnumerateArray()
            .Select(t => (t.GetProperty("key").GetString(), t.TryGetProperty("value", out var v) ? v.GetString() : null));
        Assert.Equal([("env", "ci"), ("team", null)], tags);
    }

    [Fact]
    public async Task Get_regions_with_zones_and_bundles()
    {
        var regions = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials, "get-regions", "--include-availability-zones");
        var bundles = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials, "get-bundles");

        var zones = regions.GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "us-east-1")
            .GetProperty("availabilityZones").EnumerateArray().Select(z => z.GetProperty("zoneName").GetString());
        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"], zones);
        Assert.Contains(bundles.GetProperty("bundles").EnumerateArray(), b => b.GetProperty("bundleId").GetString() == "nano_win_ipv6_3_0");
    }

    [Fact]
    public async Task Wrong_secret_fails_with_InvalidSignatureException()
    {
        var result = await AwsCli.RunAsync(Server.Endpoint, Credentials with { SecretAccessKey = "wrong-secret" }, "get-instances");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("InvalidSignatureException", result.StandardError);
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Unknown_access_key_fails_with_UnrecognizedClientException()
    {
        var result = await AwsCli.RunAsync(Server.Endpoint, Credentials with { AccessKeyId = "AKIDWHOEVER" }, "get-instances");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("UnrecognizedClientException", result.StandardError);
    }

    [Fact]
    public async Task Duplicate_name_fails_with_the_service_message()
    {
        string[] create = ["create-instances", "--instance-names", "dup-1", "--availability-zone", "us-east-1a", "--blueprint-id", "ubuntu_24_04", "--bundle-id", "nano_3_0"];
        await AwsCli.RunJsonAsync(Server.Endpoint, Credentials, create);

        var again = await AwsCli.RunAsync(Server.Endpoint, Credentials, create);

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("InvalidInputException", again.StandardError);
        Assert.Contains("Some names are already in use: dup-1", again.StandardError);
    }

    [Fact]
    public async Task Cli_retries_a_throttled_call()
    {
        Server.Faults.Enqueue(Fault.Throttle().For("GetInstances"));

        var result = await AwsCli.RunJsonAsync(Server.Endpoint, Credentials, "get-instances");

        Assert.Equal(0, result.GetProperty("instances").GetArrayLength());
        Assert.Equal(2, Server.Stats.Count("GetInstances"));
    }
}
