using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>Injected faults, programmatic and by header, and the request statistics that let tests count retries.</summary>
public sealed class FaultTests : LocalServerTest
{
    [Fact]
    public async Task Throttle_count_applies_to_that_many_requests()
    {
        Server.Faults.Enqueue(Fault.Throttle(2));

        var replies = new[] { await Http.SendAsync("GetRegions"), await Http.SendAsync("GetRegions"), await Http.SendAsync("GetRegions") };

        Assert.Equal([400, 400, 200], replies.Select(r => r.Status));
        Assert.Equal("ThrottlingException", replies[0].ErrorType);
        Assert.Equal(3, Server.Stats.Count("GetRegions"));
        Assert.Equal(0, Server.Faults.Pending);
    }

    [Fact]
    public async Task Internal_error_is_500_ServiceException_and_creates_nothing()
    {
        Server.Faults.Enqueue(Fault.InternalError);

        var reply = await Http.SendAsync("CreateInstances", CreateBody());

        Assert.Equal(500, reply.Status);
        Assert.Equal("ServiceException", reply.ErrorType);
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Unauthenticated_is_401()
    {
        Server.Faults.Enqueue(Fault.Unauthenticated);

        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal(401, reply.Status);
        Assert.Equal("UnauthenticatedException", reply.ErrorType);
    }

    [Fact]
    public async Task Fault_for_one_operation_waits_for_that_operation()
    {
        Server.Faults.Enqueue(Fault.InternalError.For("CreateInstances"));

        Assert.Equal(200, (await Http.SendAsync("GetRegions")).Status);
        Assert.Equal(500, (await Http.SendAsync("CreateInstances", CreateBody())).Status);
        Assert.Equal(200, (await Http.SendAsync("CreateInstances", CreateBody())).Status);
    }

    [Fact]
    public async Task Faults_apply_in_queue_order()
    {
        Server.Faults.Enqueue(Fault.Throttle(), Fault.InternalError);

        Assert.Equal("ThrottlingException", (await Http.SendAsync("GetRegions")).ErrorType);
        Assert.Equal("ServiceException", (await Http.SendAsync("GetRegions")).ErrorType);
        Assert.Equal(200, (await Http.SendAsync("GetRegions")).Status);
    }

    [Fact]
    public async Task Latency_delays_then_answers()
    {
        Server.Faults.Enqueue(Fault.Latency(TimeSpan.FromMilliseconds(300)));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var reply = await Http.SendAsync("GetRegions");

        Assert.Equal(200, reply.Status);
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {started.Elapsed}");
    }

    [Fact]
    public async Task Dropped_connection_fails_the_call_and_creates_nothing()
    {
        Server.Faults.Enqueue(Fault.DropConnection);

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.SendAsync("CreateInstances", CreateBody()));

        Assert.Empty(Server.InstanceNames);
        Assert.Equal(FaultKind.DropConnection, Server.Stats.Requests.Single().Fault);
    }

    [Fact]
    public async Task Lost_response_fails_the_call_but_the_instances_exist()
    {
        Server.Faults.Enqueue(Fault.LostResponse);

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.SendAsync("CreateInstances", CreateBody(names: "\"web-1\",\"web-2\"")));

        Assert.Equal(["web-1", "web-2"], Server.InstanceNames);
        var retry = await Http.SendAsync("CreateInstances", CreateBody(names: "\"web-1\",\"web-2\""));
        Assert.Equal("Some names are already in use: web-1, web-2", retry.ErrorMessage);
    }

    [Fact]
    public async Task Malformed_json_answers_200_with_an_unparsable_body_after_doing_the_work()
    {
        Server.Faults.Enqueue(Fault.MalformedJson);

        var reply = await Http.SendAsync("CreateInstances", CreateBody());

        Assert.Equal(200, reply.Status);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => reply.Json);
        Assert.Equal(["web-1"], Server.InstanceNames);
    }

    [Fact]
    public async Task Operation_failure_ends_Failed_with_error_code_and_frees_the_name()
    {
        Server.Faults.Enqueue(Fault.OperationFailure("CapacityUnavailable", "No capacity in us-east-1a."));

        var created = await Http.SendAsync("CreateInstances", CreateBody());
        var id = created.Json.GetProperty("operations")[0].GetProperty("id").GetString();
        Clock.Advance(OperationDelay);
        var operation = (await Http.SendAsync("GetOperation", $$"""{"operationId":"{{id}}"}""")).Json.GetProperty("operation");

        Assert.Equal(200, created.Status);
        Assert.Equal("Failed", operation.GetProperty("status").GetString());
        Assert.True(operation.GetProperty("isTerminal").GetBoolean());
        Assert.Equal("CapacityUnavailable", operation.GetProperty("errorCode").GetString());
        Assert.Equal("No capacity in us-east-1a.", operation.GetProperty("errorDetails").GetString());
        Assert.Empty(Server.InstanceNames);
    }

    [Theory]
    [InlineData("throttle", 400, "ThrottlingException")]
    [InlineData("internal-error", 500, "ServiceException")]
    [InlineData("unauthenticated", 401, "UnauthenticatedException")]
    [InlineData("latency=10ms", 200, null)]
    [InlineData("no-such-fault", 400, "InvalidInputException")]
    public async Task Header_fault_applies_to_that_request_only(string header, int status, string? errorType)
    {
        var reply = await Http.SendAsync("GetRegions", "{}", new Dictionary<string, string> { ["x-fluent-fault"] = header });
        var next = await Http.SendAsync("GetRegions");

        Assert.Equal(status, reply.Status);
        Assert.Equal(errorType, reply.ErrorType);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task Header_lost_response_performs_the_create()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Http.SendAsync("CreateInstances", CreateBody(), new Dictionary<string, string> { ["x-fluent-fault"] = "lost-response" }));

        Assert.Equal(["web-1"], Server.InstanceNames);
    }

    [Fact]
    public async Task Faults_do_not_fire_for_unauthenticated_requests()
    {
        Server.Faults.Enqueue(Fault.InternalError);
        Http.SecretAccessKey = "wrong";

        var reply = await Http.SendAsync("GetRegions");

        Assert.Equal("InvalidSignatureException", reply.ErrorType);
        Assert.Equal(1, Server.Faults.Pending);
    }

    [Fact]
    public async Task Stats_count_per_operation_and_can_be_reset()
    {
        await Http.SendAsync("GetRegions");
        await Http.SendAsync("GetRegions");
        await Http.SendAsync("GetInstances", "{}", new Dictionary<string, string> { ["amz-sdk-request"] = "attempt=1; max=3" });

        Assert.Equal(2, Server.Stats.Count("GetRegions"));
        Assert.Equal(3, Server.Stats.Total);
        Assert.Equal("attempt=1; max=3", Server.Stats.Requests[^1].SdkRequestHeader);
        Server.Stats.Reset();
        Assert.Equal(0, Server.Stats.Total);
    }

    [Fact]
    public void Fault_builders_validate_and_copy()
    {
        var fault = Fault.Throttle(3).For("GetOperation");

        Assert.Equal((FaultKind.Throttle, 3, "GetOperation"), (fault.Kind, fault.Count, fault.Operation));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Throttle(0));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), FaultHeader.Parse("latency=1.5s").Delay);
    }
}
