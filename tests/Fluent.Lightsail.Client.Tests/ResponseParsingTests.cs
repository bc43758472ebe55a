using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Responses: epoch-second timestamps become UTC, constants map to the known instances, unknown members are ignored.</summary>
public sealed class ResponseParsingTests
{
    private const string OperationJson =
        "{\"id\":\"4ff5c6a4\",\"resourceName\":\"web-1\",\"resourceType\":\"Instance\",\"createdAt\":1741964966.123,"
        + "\"location\":{\"availabilityZone\":\"us-east-1a\",\"regionName\":\"us-east-1\",\"futureMember\":[1,{\"x\":2}]},"
        + "\"isTerminal\":false,\"operationDetails\":\"ubuntu_24_04\",\"operationType\":\"CreateInstance\",\"status\":\"Started\","
        + "\"statusChangedAt\":1741964967,\"newTopLevel\":{\"nested\":{\"id\":\"not-this-one\"}},\"errorCode\":null}";

    [Fact]
    public async Task CreateInstances_response_reads_every_operation_member()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"unknownBefore\":[{\"operations\":[]}],\"operations\":[" + OperationJson + "]}", requestId: "req-create"));
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(new CreateInstancesRequest { InstanceNames = new List<string> { "web-1" } });

        var operation = Assert.Single(response.Operations!);
        Assert.Equal("4ff5c6a4", operation.Id);
        Assert.Equal("web-1", operation.ResourceName);
        Assert.Same(ResourceType.Instance, operation.ResourceType);
        Assert.Same(OperationType.CreateInstance, operation.OperationType);
        Assert.Same(OperationStatus.Started, operation.Status);
        Assert.False(operation.IsTerminal);
        Assert.Equal("ubuntu_24_04", operation.OperationDetails);
        Assert.Equal("us-east-1a", operation.Location!.AvailabilityZone);
        Assert.Same(RegionName.UsEast1, operation.Location.RegionName);
        Assert.Equal(new DateTime(2025, 3, 14, 15, 9, 26, 123, DateTimeKind.Utc), operation.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, operation.CreatedAt!.Value.Kind);
        Assert.Equal(new DateTime(2025, 3, 14, 15, 9, 27, DateTimeKind.Utc), operation.StatusChangedAt);
        Assert.Null(operation.ErrorCode);
        Assert.Equal("req-create", response.ResponseMetadata.RequestId);
        Assert.False(response.RecoveredAfterRetry);
    }

    [Fact]
    public async Task Unknown_enum_values_are_kept_as_new_constants()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operation\":{\"id\":\"o\",\"status\":\"Paused\",\"operationType\":\"FutureType\"}}"));
        using var client = TestClients.Create(server);

        var operation = (await client.GetOperationAsync(new GetOperationRequest { OperationId = "o" })).Operation!;

        Assert.Equal("Paused", operation.Status!.Value);
        Assert.Equal("FutureType", operation.OperationType!.Value);
    }

    [Fact]
    public async Task GetInstance_reads_the_instance()
    {
        const string Body =
            "{\"instance\":{\"name\":\"web-1\",\"arn\":\"arn:aws:lightsail:us-east-1:123456789012:Instance/abc\",\"supportCode\":\"123/i-abc\","
            + "\"createdAt\":1741964966.5,\"location\":{\"availabilityZone\":\"us-east-1a\",\"regionName\":\"us-east-1\"},\"resourceType\":\"Instance\","
            + "\"tags\":[{\"key\":\"role\",\"value\":\"web\"},{\"key\":\"solo\"}],\"blueprintId\":\"ubuntu_24_04\",\"blueprintName\":\"Ubuntu\","
            + "\"bundleId\":\"small_3_0\",\"addOns\":[{\"name\":\"AutoSnapshot\",\"status\":\"Enabled\",\"snapshotTimeOfDay\":\"06:00\",\"nextSnapshotTimeOfDay\":\"06:00\"}],"
            + "\"isStaticIp\":false,\"privateIpAddress\":\"172.26.0.1\",\"publicIpAddress\":\"3.3.3.3\",\"ipv6Addresses\":[\"2600::1\"],"
            + "\"ipAddressType\":\"dualstack\",\"hardware\":{\"cpuCount\":2,\"disks\":[{\"name\":\"root\",\"sizeInGb\":60}],\"ramSizeInGb\":2.0},"
            + "\"networking\":{\"monthlyTransfer\":{\"gbPerMonthAllocated\":3072},\"ports\":[{\"fromPort\":22}]},"
            + "\"state\":{\"code\":16,\"name\":\"running\"},\"username\":\"ubuntu\",\"sshKeyName\":\"deploy\",\"metadataOptions\":{\"state\":\"applied\"}}}";
        await using var server = LoopbackServer.Scripted(StubReply.Json(Body));
        using var client = TestClients.Create(server);

        var instance = (await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" })).Instance!;

        Assert.Equal("web-1", instance.Name);
        Assert.Equal("arn:aws:lightsail:us-east-1:123456789012:Instance/abc", instance.Arn);
        Assert.Equal("123/i-abc", instance.SupportCode);
        Assert.Equal(new DateTime(2025, 3, 14, 15, 9, 26, 500, DateTimeKind.Utc), instance.CreatedAt);
        Assert.Equal("us-east-1a", instance.Location!.AvailabilityZone);
        Assert.Equal(new[] { ("role", (string?)"web"), ("solo", null) }, instance.Tags!.Select(t => (t.Key!, t.Value)));
        Assert.Equal("ubuntu_24_04", instance.BlueprintId);
        Assert.Equal("Ubuntu", instance.BlueprintName);
        Assert.Equal("small_3_0", instance.BundleId);
        var addOn = Assert.Single(instance.AddOns!);
        Assert.Equal(("AutoSnapshot", "Enabled", "06:00"), (addOn.Name, addOn.Status, addOn.SnapshotTimeOfDay));
        Assert.False(instance.IsStaticIp);
        Assert.Equal("172.26.0.1", instance.PrivateIpAddress);
        Assert.Equal("3.3.3.3", instance.PublicIpAddress);
        Assert.Equal(new[] { "2600::1" }, instance.Ipv6Addresses);
        Assert.Same(IpAddressType.Dualstack, instance.IpAddressType);
        Assert.Equal(2, instance.Hardware!.CpuCount);
        Assert.Equal(2.0f, instance.Hardware.RamSizeInGb);
        Assert.Equal((16, "running"), (instance.State!.Code, instance.State.Name));
        Assert.Equal("ubuntu", instance.Username);
        Assert.Equal("deploy", instance.SshKeyName);
    }

    [Fact]
    public async Task Null_and_missing_lists_stay_null_like_v4_models()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operations\":null}"), StubReply.Json("{}"));
        using var client = TestClients.Create(server);

        Assert.Null((await client.CreateInstancesAsync(new CreateInstancesRequest())).Operations);
        Assert.Null((await client.CreateInstancesAsync(new CreateInstancesRequest())).Operations);
    }
}
