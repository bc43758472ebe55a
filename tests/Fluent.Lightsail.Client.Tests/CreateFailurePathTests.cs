using System.Net;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// Every way a create call can fail ends in a typed exception, and a call whose outcome is partly known says per name
/// what it knows; recovery claims an instance only when it is this call's (every requested member, created after the
/// call started). Each test drives one path with the stateful fake, and counts requests rather than time.
/// </summary>
public sealed class CreateFailurePathTests
{
    private const string Members = "\"tags\":[{\"key\":\"owner\",\"value\":\"alice\"}],\"keyPairName\":\"deploy\",\"ipAddressType\":\"ipv4\","
        + "\"addOns\":[{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{\"snapshotTimeOfDay\":\"06:00\"}}]";

    private static CreateInstancesRequest Request(params string[] names) => new()
    {
        InstanceNames = names.ToList(),
        AvailabilityZone = "us-east-1a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
        KeyPairName = "deploy",
        IpAddressType = IpAddressType.Ipv4,
        Tags = new List<Tag> { new() { Key = "owner", Value = "alice" } },
        AddOns = new List<AddOnRequest>
        {
            new() { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
        },
    };

    private static (bool, StubReply?) FirstCreateDroppedUnsent(RecordedRequest request, int index) =>
        request.Operation == "CreateInstances" && index == 0 ? (false, StubReply.DropConnection()) : (false, null);

    private static int Count(LoopbackServer server, string operation) => server.Requests.Count(r => r.Operation == operation);

    public static TheoryData<string, string> OtherMembers => new()
    {
        { "another tag value", Members.Replace("alice", "bob", StringComparison.Ordinal) },
        { "no tags", Members.Replace("{\"key\":\"owner\",\"value\":\"alice\"}", string.Empty, StringComparison.Ordinal) },
        { "another key pair", Members.Replace("deploy", "other", StringComparison.Ordinal) },
        { "another IP address type", Members.Replace("ipv4", "dualstack", StringComparison.Ordinal) },
        { "another snapshot time", Members.Replace("06:00", "07:00", StringComparison.Ordinal) },
        { "no add-on", Members.Replace("{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{\"snapshotTimeOfDay\":\"06:00\"}}", string.Empty, StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(OtherMembers))]
    public async Task A_retried_conflict_with_an_instance_that_differs_in_one_member_is_not_claimed(string difference, string members)
    {
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) =>
        {
            // The first attempt never arrives; meanwhile another caller creates the name, differing only in one member.
            if (request.Operation == "CreateInstances" && index == 0)
            {
                fake.Seed("web-1", "ubuntu_24_04", "small_3_0", "us-east-1a", fake.UtcNow, members: members);
                return (false, StubReply.DropConnection());
            }

            return (false, null);
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var conflict = await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));

        var outcome = Assert.Single(conflict.InstanceOutcomes!);
        Assert.True(outcome.Status == InstanceNameStatus.ExistsNotOurs, difference);
        Assert.Null(outcome.Operation);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task A_retried_conflict_with_an_identical_instance_created_by_this_call_is_claimed()
    {
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) =>
            request.Operation == "CreateInstances" && index == 0 ? (true, StubReply.DropConnection()) : (false, null);
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task An_identical_instance_created_before_the_call_started_is_not_claimed_even_on_a_server_clock_an_hour_ahead()
    {
        // The server's clock runs an hour ahead; the twin was created 3 s (server time) before the call started.
        var fake = new FakeLightsail { ClockOffset = TimeSpan.FromHours(1), Intercept = FirstCreateDroppedUnsent };
        fake.Seed("web-1", "ubuntu_24_04", "small_3_0", "us-east-1a", fake.UtcNow.AddSeconds(-3), members: Members);
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var conflict = await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));

        Assert.Equal(InstanceNameStatus.ExistsNotOurs, Assert.Single(conflict.InstanceOutcomes!).Status);
    }

    [Fact]
    public async Task This_calls_instance_is_claimed_on_a_server_clock_an_hour_behind()
    {
        var fake = new FakeLightsail
        {
            ClockOffset = TimeSpan.FromHours(-1),
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (true, StubReply.DropConnection()) : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal("web-1", Assert.Single(response.Operations!).ResourceName);
    }

    [Fact]
    public async Task Look_ups_that_time_out_after_a_retried_conflict_end_typed_with_every_name_unknown()
    {
        // The untyped System.TimeoutException: the look-ups after a retried conflict timed out.
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) => request.Operation switch
        {
            "CreateInstances" when index == 0 => (true, StubReply.DropConnection()),
            "GetInstance" => (false, StubReply.NoAnswer()),
            _ => (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.Timeout = TimeSpan.FromMilliseconds(300);
            c.MaxErrorRetry = 1;
        });

        var failure = await Assert.ThrowsAsync<IncompleteCreateException>(() => client.CreateInstancesAsync(Request("web-1", "web-2")));

        Assert.Equal("InvalidInputException", failure.ErrorCode);
        Assert.IsType<InvalidInputException>(failure.InnerException);
        Assert.Equal(new[] { "web-1", "web-2" }, failure.InstanceOutcomes!.Select(o => o.Name));
        Assert.All(failure.InstanceOutcomes!, o => Assert.Equal(InstanceNameStatus.Unknown, o.Status));
        Assert.Empty(failure.CreatedOperations);
    }

    [Fact]
    public async Task Look_ups_that_fail_after_an_unanswered_create_end_typed_with_every_name_unknown()
    {
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) => request.Operation switch
        {
            "CreateInstances" => (false, StubReply.DropConnection()),
            "GetInstance" => (false, StubReply.Error(HttpStatusCode.InternalServerError, "ServiceException", "look-up failed")),
            _ => (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });

        var failure = await Assert.ThrowsAsync<IncompleteCreateException>(() => client.CreateInstancesAsync(Request("web-1")));

        Assert.Equal("ConnectionFailure", failure.ErrorCode);
        Assert.Equal(InstanceNameStatus.Unknown, Assert.Single(failure.InstanceOutcomes!).Status);
        Assert.Null(failure.InstanceOutcomes![0].CheckedAtUtc);
    }

    [Fact]
    public async Task A_create_that_lands_after_the_first_look_up_is_found_by_looking_again()
    {
        // The create is held in the network: it reaches the service only after the client's first look-up said
        // "not found". With no retry left, the client looks again before it concludes anything.
        var fake = new FakeLightsail();
        RecordedRequest? held = null;
        var lookUps = 0;
        fake.Intercept = (request, index) =>
        {
            if (request.Operation == "CreateInstances")
            {
                held = request;
                return (false, StubReply.DropConnection());
            }

            if (request.Operation == "GetInstance" && Interlocked.Increment(ref lookUps) == 2)
            {
                fake.Perform(held!);
            }

            return (false, null);
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });

        var response = await client.CreateInstancesAsync(Request("web-1"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(1, fake.CreatedCount);
        Assert.Equal(1, Count(server, "CreateInstances"));
        Assert.Equal(2, Count(server, "GetInstance"));
    }

    [Fact]
    public async Task A_create_that_never_lands_fails_after_a_bounded_number_of_looks_with_each_name_not_found()
    {
        var fake = new FakeLightsail { Intercept = FirstCreateDroppedUnsent };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });
        var started = DateTime.UtcNow;

        var failure = await Assert.ThrowsAsync<AmazonLightsailException>(() => client.CreateInstancesAsync(Request("web-1", "web-2")));

        Assert.Equal("ConnectionFailure", failure.ErrorCode);
        Assert.All(failure.InstanceOutcomes!, o =>
        {
            Assert.Equal(InstanceNameStatus.NotFound, o.Status);
            Assert.True(o.CheckedAtUtc >= started);
        });
        // One look-up per name, then three more rounds.
        Assert.Equal(8, Count(server, "GetInstance"));
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task A_call_whose_names_are_partly_created_reports_each_name()
    {
        // The lost attempt created web-2 only; the re-create of web-1 is refused. web-2 is this call's and says so.
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) =>
        {
            if (request.Operation == "CreateInstances" && index == 0)
            {
                fake.Seed("web-2", "ubuntu_24_04", "small_3_0", "us-east-1a", fake.UtcNow, state: "pending", members: Members);
                return (false, StubReply.DropConnection());
            }

            if (request.Operation == "CreateInstances" && request.BodyText.Contains("[\"web-1\"]", StringComparison.Ordinal))
            {
                return (false, StubReply.Error(HttpStatusCode.BadRequest, "AccountSetupInProgressException", "not yet"));
            }

            return (false, null);
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<IncompleteCreateException>(() => client.CreateInstancesAsync(Request("web-1", "web-2")));

        Assert.Equal("AccountSetupInProgressException", failure.ErrorCode);
        Assert.Equal(
            new[] { ("web-1", InstanceNameStatus.NotFound), ("web-2", InstanceNameStatus.CreatedByThisCall) },
            failure.InstanceOutcomes!.Select(o => (o.Name, o.Status)));
        Assert.Equal("web-2", Assert.Single(failure.CreatedOperations).ResourceName);
    }

    [Fact]
    public async Task A_caller_cancelling_during_recovery_gets_its_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) =>
        {
            if (request.Operation == "GetInstance")
            {
                cancel.Cancel();
                return (false, StubReply.NoAnswer());
            }

            return FirstCreateDroppedUnsent(request, index);
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 0;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateInstancesAsync(Request("web-1"), cancel.Token));
    }

    [Fact]
    public async Task A_snapshot_create_whose_look_ups_time_out_ends_typed()
    {
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) => request.Operation switch
        {
            "CreateInstancesFromSnapshot" when index == 0 => (true, StubReply.DropConnection()),
            "GetInstance" => (false, StubReply.NoAnswer()),
            _ => (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server, c =>
        {
            c.Timeout = TimeSpan.FromMilliseconds(300);
            c.MaxErrorRetry = 1;
        });

        var failure = await Assert.ThrowsAsync<IncompleteCreateException>(() => client.CreateInstancesFromSnapshotAsync(new CreateInstancesFromSnapshotRequest
        {
            InstanceNames = new List<string> { "web-1" },
            AvailabilityZone = "us-east-1a",
            InstanceSnapshotName = "web-snapshot",
            BundleId = "small_3_0",
        }));

        Assert.Equal(InstanceNameStatus.Unknown, Assert.Single(failure.InstanceOutcomes!).Status);
    }

    [Fact]
    public async Task A_first_attempt_refusal_carries_no_outcomes()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Error(HttpStatusCode.BadRequest, "InvalidInputException", "bad zone"));
        using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));

        Assert.Null(failure.InstanceOutcomes);
        Assert.Equal(1, Count(server, "CreateInstances"));
    }
}
