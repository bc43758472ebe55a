using System.Net;
using Amazon.Runtime;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// Every operation of the client fails typed, as the creates do (<see cref="CreateFailurePathTests"/>): a transport
/// timeout, a dropped connection or an unreadable answer becomes an <see cref="AmazonLightsailException"/> whose
/// <c>ErrorCode</c> says which, whose message names the operation and whose inner exception is Core's original; a
/// service error keeps its own type; the caller's cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OperationFailureTypingTests
{
    /// <summary>A 200 whose body stops in the middle of a member, as a connection cut while the answer was read.</summary>
    private const string TruncatedBody = "{\"operations\":[{\"id\":\"op-1\",\"resourceName\":\"web";

    private static readonly Dictionary<string, (string Operation, Func<ILightsailClient, CancellationToken, Task> Call)> Calls = new()
    {
        ["GetInstance"] = ("GetInstance", (client, ct) => client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" }, ct)),
        ["GetInstances"] = ("GetInstances", (client, ct) => client.GetInstancesAsync(new GetInstancesRequest(), ct)),
        ["Paginators.GetInstances"] = ("GetInstances", async (client, ct) =>
        {
            await foreach (var _ in client.Paginators.GetInstances(new GetInstancesRequest()).Instances.WithCancellation(ct))
            {
            }
        }),
        ["GetOperation"] = ("GetOperation", (client, ct) => client.GetOperationAsync(new GetOperationRequest { OperationId = "op-1" }, ct)),
        ["GetOperationsForResource"] = ("GetOperationsForResource", (client, ct) =>
            client.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = "web-1" }, ct)),
        ["TagResource"] = ("TagResource", (client, ct) => client.TagResourceAsync(new TagResourceRequest
        {
            ResourceName = "web-1",
            Tags = [new Tag { Key = "owner", Value = "alice" }],
        }, ct)),
        ["UntagResource"] = ("UntagResource", (client, ct) => client.UntagResourceAsync(new UntagResourceRequest { ResourceName = "web-1", TagKeys = ["owner"] }, ct)),
        ["EnableAddOn"] = ("EnableAddOn", (client, ct) => client.EnableAddOnAsync(new EnableAddOnRequest
        {
            ResourceName = "web-1",
            AddOnRequest = new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
        }, ct)),
        ["DisableAddOn"] = ("DisableAddOn", (client, ct) => client.DisableAddOnAsync(new DisableAddOnRequest { ResourceName = "web-1", AddOnType = AddOnType.AutoSnapshot }, ct)),
        ["SetIpAddressType"] = ("SetIpAddressType", (client, ct) => client.SetIpAddressTypeAsync(new SetIpAddressTypeRequest
        {
            ResourceType = ResourceType.Instance,
            ResourceName = "web-1",
            IpAddressType = IpAddressType.Ipv4,
        }, ct)),
        ["DeleteInstance"] = ("DeleteInstance", (client, ct) => client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" }, ct)),
    };

    public static TheoryData<string> Operations => new(Calls.Keys);

    /// <summary>Each operation under each transport fault, with the error code it must end in.</summary>
    public static TheoryData<string, string, string> Faults
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var call in Calls.Keys)
            {
                foreach (var (fault, code) in new[] { ("no answer", "RequestTimeout"), ("dropped connection", "ConnectionFailure"), ("truncated answer", "MalformedResponse") })
                {
                    data.Add(call, fault, code);
                }
            }

            return data;
        }
    }

    private static StubReply Reply(string fault) => fault switch
    {
        "no answer" => StubReply.NoAnswer(),
        "dropped connection" => StubReply.DropConnection(),
        "truncated answer" => StubReply.Json(TruncatedBody),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "not a fault of this test"),
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_transport_failure_ends_in_a_Lightsail_exception_that_names_the_operation_and_keeps_the_original(string call, string fault, string code)
    {
        var (operation, invoke) = Calls[call];
        await using var server = LoopbackServer.Scripted(Reply(fault));
        using var client = TestClients.Create(server, c =>
        {
            // Only the unanswered request may time out: the others must fail by their own fault, however busy the machine.
            c.Timeout = fault == "no answer" ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(30);
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });

        var failure = await Assert.ThrowsAsync<AmazonLightsailException>(() => invoke(client, CancellationToken.None));

        Assert.Equal(code, failure.ErrorCode);
        Assert.StartsWith(operation + " failed: ", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(failure.InnerException);
        Assert.IsNotType<AmazonLightsailException>(failure.InnerException);
        Assert.EndsWith(failure.InnerException!.Message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(operation, Assert.Single(server.Requests).Operation);
        if (code == "MalformedResponse")
        {
            Assert.IsType<AmazonUnmarshallingException>(failure.InnerException);
        }
        else
        {
            Assert.IsNotAssignableFrom<AmazonServiceException>(failure.InnerException);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_service_error_keeps_its_type_and_message(string call)
    {
        var (_, invoke) = Calls[call];
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Instance does not exist: web-1"));
        using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<NotFoundException>(() => invoke(client, CancellationToken.None));

        Assert.Equal("The Instance does not exist: web-1", failure.Message);
        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_callers_cancellation_stays_a_cancellation(string call)
    {
        var (_, invoke) = Calls[call];
        using var cancel = new CancellationTokenSource();
        await using var server = new LoopbackServer(_ =>
        {
            // The request is on the wire and its answer pending when the caller gives up.
            cancel.Cancel();
            return StubReply.NoAnswer();
        });
        using var client = TestClients.Create(server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invoke(client, cancel.Token));
    }

    [Fact]
    public async Task A_failed_look_up_after_a_refused_retry_of_DeleteInstance_ends_typed()
    {
        // The delete's answer is lost, its retry is refused ("being deleted"), and the look-up that would prove the
        // first attempt's delete cannot be read.
        var deletes = 0;
        await using var server = new LoopbackServer(request => request.Operation switch
        {
            "DeleteInstance" when Interlocked.Increment(ref deletes) == 1 => StubReply.DropConnection(),
            "DeleteInstance" => StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "The instance is being deleted: web-1"),
            _ => StubReply.Json(TruncatedBody),
        });
        using var client = TestClients.Create(server, c => c.MaxErrorRetry = 1);

        var failure = await Assert.ThrowsAsync<AmazonLightsailException>(() => Calls["DeleteInstance"].Call(client, CancellationToken.None));

        Assert.Equal("MalformedResponse", failure.ErrorCode);
        Assert.StartsWith("GetOperationsForResource failed: ", failure.Message, StringComparison.Ordinal);
        Assert.IsType<AmazonUnmarshallingException>(failure.InnerException);
        Assert.Equal(2, server.Requests.Count(r => r.Operation == "DeleteInstance"));
    }

    [Fact]
    public async Task A_failed_look_up_after_a_refused_retry_of_DisableAddOn_ends_typed()
    {
        var disables = 0;
        await using var server = new LoopbackServer(request => request.Operation switch
        {
            "DisableAddOn" when Interlocked.Increment(ref disables) == 1 => StubReply.DropConnection(),
            "DisableAddOn" => StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "The add-on is not enabled"),
            _ => StubReply.Json(TruncatedBody),
        });
        using var client = TestClients.Create(server, c => c.MaxErrorRetry = 1);

        var failure = await Assert.ThrowsAsync<AmazonLightsailException>(() => Calls["DisableAddOn"].Call(client, CancellationToken.None));

        Assert.Equal("MalformedResponse", failure.ErrorCode);
        Assert.StartsWith("GetInstance failed: ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.Operation == "DisableAddOn"));
    }

    [Fact]
    public async Task A_snapshot_create_that_did_not_happen_names_its_own_operation()
    {
        await using var server = new LoopbackServer(request => request.Operation switch
        {
            "CreateInstancesFromSnapshot" => StubReply.DropConnection(),
            _ => StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Instance does not exist: web-1"),
        });
        using var client = TestClients.Create(server, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });

        var failure = await Assert.ThrowsAsync<AmazonLightsailException>(() => client.CreateInstancesFromSnapshotAsync(new CreateInstancesFromSnapshotRequest
        {
            InstanceNames = ["web-1"],
            AvailabilityZone = "us-east-1a",
            InstanceSnapshotName = "web-snapshot",
            BundleId = "small_3_0",
        }));

        Assert.Equal("ConnectionFailure", failure.ErrorCode);
        Assert.StartsWith("CreateInstancesFromSnapshot failed: ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceNameStatus.NotFound, Assert.Single(failure.InstanceOutcomes!).Status);
    }
}
