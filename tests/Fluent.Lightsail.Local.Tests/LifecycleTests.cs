using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>Instances and operations over (manual) time: NotStarted → Started → Succeeded, pending → running, delete.</summary>
public sealed class LifecycleTests : LocalServerTest
{
    [Fact]
    public async Task CreateInstances_answers_one_NotStarted_CreateInstance_operation_per_name()
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody(names: "\"web-1\",\"web-2\""));

        Assert.Equal(200, reply.Status);
        var operations = reply.Json.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(["web-1", "web-2"], operations.Select(o => o.GetProperty("resourceName").GetString()));
        Assert.All(operations, o =>
        {
            Assert.Equal("CreateInstance", o.GetProperty("operationType").GetString());
            Assert.Equal("NotStarted", o.GetProperty("status").GetString());
            Assert.Equal("Instance", o.GetProperty("resourceType").GetString());
            Assert.False(o.GetProperty("isTerminal").GetBoolean());
            Assert.Equal("us-east-1a", o.GetProperty("location").GetProperty("availabilityZone").GetString());
            Assert.Equal("us-east-1", o.GetProperty("location").GetProperty("regionName").GetString());
        });
        Assert.NotEqual(operations[0].GetProperty("id").GetString(), operations[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Operation_progresses_with_the_clock()
    {
        var id = await CreateAsync("web-1");

        Assert.Equal(("NotStarted", false), await StatusAsync(id));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(("Started", false), await StatusAsync(id));
        Clock.Advance(OperationDelay);
        Assert.Equal(("Succeeded", true), await StatusAsync(id));

        var operation = (await Http.SendAsync("GetOperation", $$"""{"operationId":"{{id}}"}""")).Json.GetProperty("operation");
        var created = operation.GetProperty("createdAt").GetDecimal();
        Assert.Equal(created + (decimal)OperationDelay.TotalSeconds, operation.GetProperty("statusChangedAt").GetDecimal());
    }

    [Fact]
    public async Task Instance_is_pending_until_its_create_operation_succeeds()
    {
        await CreateAsync("web-1");

        Assert.Equal((0, "pending"), await StateAsync("web-1"));
        Clock.Advance(OperationDelay);
        Assert.Equal((16, "running"), await StateAsync("web-1"));
    }

    [Fact]
    public async Task GetInstance_reads_back_what_was_asked_for()
    {
        await Http.SendAsync("CreateInstances", CreateBody(zone: "us-east-1c", blueprint: "debian_12", bundle: "medium_3_0",
            extra: ""","tags":[{"key":"role","value":"web"},{"key":"solo"}],"keyPairName":"deploy","addOns":[{"addOnType":"AutoSnapshot","autoSnapshotAddOnRequest":{"snapshotTimeOfDay":"06:00"}}],"ipAddressType":"ipv4","userData":"echo hi" """));
        Clock.Advance(OperationDelay + PublicIpDelay);

        var instance = (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).Json.GetProperty("instance");

        Assert.Equal("web-1", instance.GetProperty("name").GetString());
        Assert.StartsWith("arn:aws:lightsail:us-east-1:123456789012:Instance/", instance.GetProperty("arn").GetString());
        Assert.Equal("us-east-1c", instance.GetProperty("location").GetProperty("availabilityZone").GetString());
        Assert.Equal("debian_12", instance.GetProperty("blueprintId").GetString());
        Assert.Equal("Debian", instance.GetProperty("blueprintName").GetString());
        Assert.Equal("medium_3_0", instance.GetProperty("bundleId").GetString());
        Assert.Equal("""[{"key":"role","value":"web"},{"key":"solo"}]""", instance.GetProperty("tags").GetRawText());
        Assert.Equal("deploy", instance.GetProperty("sshKeyName").GetString());
        Assert.Equal("admin", instance.GetProperty("username").GetString());
        Assert.Equal("ipv4", instance.GetProperty("ipAddressType").GetString());
        Assert.Equal(0, instance.GetProperty("ipv6Addresses").GetArrayLength());
        Assert.True(instance.TryGetProperty("publicIpAddress", out _));
        Assert.Equal("AutoSnapshot", instance.GetProperty("addOns")[0].GetProperty("name").GetString());
        Assert.Equal("06:00", instance.GetProperty("addOns")[0].GetProperty("snapshotTimeOfDay").GetString());
        Assert.Equal(2, instance.GetProperty("hardware").GetProperty("cpuCount").GetInt32());
        Assert.Equal(4, instance.GetProperty("hardware").GetProperty("ramSizeInGb").GetDouble());
        Assert.False(instance.GetProperty("isStaticIp").GetBoolean());
        Assert.False(instance.TryGetProperty("userData", out _));
    }

    [Fact]
    public async Task Ipv6_instance_has_no_public_ipv4_and_default_key_pair()
    {
        await Http.SendAsync("CreateInstances", CreateBody(bundle: "nano_ipv6_3_0", extra: ""","ipAddressType":"ipv6" """));
        Clock.Advance(OperationDelay + PublicIpDelay);

        var instance = (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).Json.GetProperty("instance");

        Assert.False(instance.TryGetProperty("publicIpAddress", out _));
        Assert.Equal(1, instance.GetProperty("ipv6Addresses").GetArrayLength());
        Assert.Equal("LightsailDefaultKeyPair", instance.GetProperty("sshKeyName").GetString());
    }

    [Fact]
    public async Task Names_are_unique_in_the_region()
    {
        await CreateAsync("web-1");

        var reply = await Http.SendAsync("CreateInstances", CreateBody(names: "\"web-2\",\"web-1\""));

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Equal("Some names are already in use: web-1", reply.ErrorMessage);
        Assert.Equal(["web-1"], Server.InstanceNames);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_name_create_it_once()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Http.SendAsync("CreateInstances", CreateBody(names: "\"race\""))));

        Assert.Single(replies, r => r.Status == 200);
        Assert.Equal(7, replies.Count(r => r.ErrorType == "InvalidInputException"));
    }

    [Fact]
    public async Task DeleteInstance_runs_a_DeleteInstance_operation_then_frees_the_name()
    {
        await CreateAsync("web-1");
        Clock.Advance(OperationDelay);

        var reply = await Http.SendAsync("DeleteInstance", """{"instanceName":"web-1"}""");

        var operation = reply.Json.GetProperty("operations").EnumerateArray().Single();
        Assert.Equal("DeleteInstance", operation.GetProperty("operationType").GetString());
        Assert.Equal((32, "shutting-down"), await StateAsync("web-1"));
        Clock.Advance(OperationDelay);
        Assert.Equal("NotFoundException", (await Http.SendAsync("GetInstance", """{"instanceName":"web-1"}""")).ErrorType);
        Assert.Equal(200, (await Http.SendAsync("CreateInstances", CreateBody())).Status);
    }

    [Fact]
    public async Task DeleteInstance_of_unknown_name_is_NotFoundException()
    {
        var reply = await Http.SendAsync("DeleteInstance", """{"instanceName":"ghost"}""");

        Assert.Equal("NotFoundException", reply.ErrorType);
    }

    [Fact]
    public async Task GetInstances_and_GetOperations_list_everything()
    {
        await CreateAsync("a-1");
        await CreateAsync("b-1");
        await Http.SendAsync("DeleteInstance", """{"instanceName":"a-1"}""");

        var instances = (await Http.SendAsync("GetInstances")).Json.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("name").GetString());
        var operations = (await Http.SendAsync("GetOperations")).Json.GetProperty("operations").EnumerateArray()
            .Select(o => (o.GetProperty("operationType").GetString(), o.GetProperty("resourceName").GetString()));

        Assert.Equal(["a-1", "b-1"], instances);
        Assert.Equal([("DeleteInstance", "a-1"), ("CreateInstance", "b-1"), ("CreateInstance", "a-1")], operations);
    }

    [Fact]
    public async Task GetOperationsForResource_lists_the_operations_of_one_instance_newest_first()
    {
        await CreateAsync("a-1");
        await CreateAsync("b-1");
        await Http.SendAsync("DeleteInstance", """{"instanceName":"a-1"}""");

        var reply = await Http.SendAsync("GetOperationsForResource", """{"resourceName":"a-1"}""");
        var unknown = await Http.SendAsync("GetOperationsForResource", """{"resourceName":"zzz"}""");

        var operations = reply.Json.GetProperty("operations").EnumerateArray()
            .Select(o => (o.GetProperty("operationType").GetString(), o.GetProperty("resourceName").GetString()));
        Assert.Equal([("DeleteInstance", "a-1"), ("CreateInstance", "a-1")], operations);
        Assert.Equal("NotFoundException", unknown.ErrorType);
    }

    [Fact]
    public async Task Unknown_operation_id_is_NotFoundException()
    {
        var reply = await Http.SendAsync("GetOperation", """{"operationId":"00000000-0000-0000-0000-000000000000"}""");

        Assert.Equal("NotFoundException", reply.ErrorType);
    }

    [Fact]
    public async Task Missing_operation_id_is_InvalidInputException()
    {
        var reply = await Http.SendAsync("GetOperation");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("'operationId'", reply.ErrorMessage);
    }

    [Fact]
    public async Task Zero_delay_operations_are_NotStarted_in_the_answer_and_Succeeded_right_after()
    {
        await using var server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions { OperationDelay = TimeSpan.Zero });
        using var http = new LightsailHttp(server);

        var id = (await http.SendAsync("CreateInstances", CreateBody())).Json.GetProperty("operations")[0].GetProperty("id").GetString();
        await Task.Delay(20);
        var status = (await http.SendAsync("GetOperation", $$"""{"operationId":"{{id}}"}""")).Json.GetProperty("operation").GetProperty("status").GetString();

        Assert.Equal("Succeeded", status);
    }

    private async Task<string> CreateAsync(string name)
    {
        var reply = await Http.SendAsync("CreateInstances", CreateBody(names: $"\"{name}\""));
        Assert.Equal(200, reply.Status);
        return reply.Json.GetProperty("operations")[0].GetProperty("id").GetString()!;
    }

    private async Task<(string?, bool)> StatusAsync(string id)
    {
        var operation = (await Http.SendAsync("GetOperation", $$"""{"operationId":"{{id}}"}""")).Json.GetProperty("operation");
        return (operation.GetProperty("status").GetString(), operation.GetProperty("isTerminal").GetBoolean());
    }

    private async Task<(int, string?)> StateAsync(string name)
    {
        var state = (await Http.SendAsync("GetInstance", $$"""{"instanceName":"{{name}}"}""")).Json.GetProperty("instance").GetProperty("state");
        return (state.GetProperty("code").GetInt32(), state.GetProperty("name").GetString());
    }
}
