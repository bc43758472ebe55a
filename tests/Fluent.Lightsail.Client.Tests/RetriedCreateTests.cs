using System.Net;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// CreateInstances has no client token: a retry after a lost response meets "names already in use". The client must
/// report success for instances its own earlier attempt created, never create twice, and still fail on real conflicts.
/// </summary>
public sealed class RetriedCreateTests
{
    private static CreateInstancesRequest Request(params string[] names) => new()
    {
        InstanceNames = names.ToList(),
        AvailabilityZone = "us-east-1a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
    };

    private static int Creates(LoopbackServer server) => server.Requests.Count(r => r.Operation == "CreateInstances");

    [Fact]
    public async Task A_create_whose_response_was_lost_reports_success_and_creates_once()
    {
        var fake = new FakeLightsail
        {
            // The service performs the first create, but the connection drops before the answer arrives.
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (true, StubReply.DropConnection()) : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1", "web-2"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(2, fake.CreatedCount);
        Assert.Equal(new[] { "web-1", "web-2" }, fake.InstanceNames.OrderBy(n => n));
        Assert.Equal(2, Creates(server));
        Assert.Equal(new[] { "web-1", "web-2" }, response.Operations!.Select(o => o.ResourceName));
        Assert.All(response.Operations!, o =>
        {
            Assert.StartsWith("op-", o.Id, StringComparison.Ordinal);
            Assert.Same(OperationType.CreateInstance, o.OperationType);
        });
        Assert.Equal(new[] { "GetInstance", "GetInstance" }, server.Requests.Where(r => r.Operation == "GetInstance").Select(r => r.Operation));
    }

    [Fact]
    public async Task A_create_answered_500_after_it_happened_is_recovered_too()
    {
        var fake = new FakeLightsail
        {
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0
                ? (true, StubReply.Error(HttpStatusCode.InternalServerError, "ServiceException", "internal error"))
                : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(1, fake.CreatedCount);
        Assert.Equal("attempt=2; max=3", server.Requests.Where(r => r.Operation == "CreateInstances").Last().Header("amz-sdk-request"));
    }

    [Fact]
    public async Task Waiting_on_a_recovered_create_polls_the_real_operations()
    {
        var fake = new FakeLightsail
        {
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (true, StubReply.DropConnection()) : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await Building.InstanceCreation.CreateAsync(client, Request("web-1"), CancellationToken.None);
        fake.SetOperationStatus(created.Operations[0].Id!, "Succeeded");

        var final = await created.WaitAsync(client, new WaitOptions { Delay = (_, _) => Task.CompletedTask });

        Assert.True(created.RecoveredAfterRetry);
        Assert.Same(OperationStatus.Succeeded, Assert.Single(final).Status);
    }

    [Fact]
    public async Task A_first_attempt_conflict_is_a_real_conflict_and_fails()
    {
        var fake = new FakeLightsail();
        fake.Seed("web-1", "ubuntu_24_04", "small_3_0", "us-east-1a", DateTime.UtcNow);
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var exception = await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));

        Assert.Contains("already in use", exception.Message, StringComparison.Ordinal);
        Assert.Equal("InvalidInput", exception.Code);
        Assert.Single(server.Requests);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task A_retried_conflict_with_someone_elses_instance_still_fails()
    {
        var fake = new FakeLightsail
        {
            // The first attempt never reached the service; the name belongs to an older, different instance.
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (false, StubReply.DropConnection()) : (false, null),
        };
        fake.Seed("web-1", "debian_12", "small_3_0", "us-east-1a", DateTime.UtcNow);
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));

        Assert.Equal(0, fake.CreatedCount);
        Assert.Equal(2, Creates(server));
    }

    [Fact]
    public async Task A_retried_conflict_with_an_identical_but_old_instance_still_fails()
    {
        var fake = new FakeLightsail
        {
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (false, StubReply.DropConnection()) : (false, null),
        };
        fake.Seed("web-1", "ubuntu_24_04", "small_3_0", "us-east-1a", DateTime.UtcNow.AddDays(-3));
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        await Assert.ThrowsAsync<InvalidInputException>(() => client.CreateInstancesAsync(Request("web-1")));
    }

    [Fact]
    public async Task Only_the_missing_names_are_created_after_a_partial_create()
    {
        var fake = new FakeLightsail();
        fake.Intercept = (request, index) =>
        {
            if (request.Operation == "CreateInstances" && index == 0)
            {
                // The lost attempt created web-2 only (as if web-1's part failed); the retry then conflicts on web-2.
                fake.Seed("web-2", "ubuntu_24_04", "small_3_0", "us-east-1a", fake.UtcNow, state: "pending");
                return (false, StubReply.DropConnection());
            }

            return (false, null);
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1", "web-2"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(1, fake.CreatedCount);
        var creates = server.Requests.Where(r => r.Operation == "CreateInstances").ToArray();
        Assert.Equal(3, creates.Length);
        Assert.Contains("\"instanceNames\":[\"web-1\"]", creates[2].BodyText, StringComparison.Ordinal);
        // In the order the caller named them, although web-2's operation was found first.
        Assert.Equal(new[] { "web-1", "web-2" }, response.Operations!.Select(o => o.ResourceName));
    }

    [Fact]
    public async Task Without_GetOperationsForResource_the_operation_is_synthesised_from_the_instance()
    {
        var fake = new FakeLightsail
        {
            SupportsGetOperationsForResource = false,
            Intercept = (request, index) => request.Operation == "CreateInstances" && index == 0 ? (true, StubReply.DropConnection()) : (false, null),
        };
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);

        var response = await client.CreateInstancesAsync(Request("web-1"));

        var operation = Assert.Single(response.Operations!);
        Assert.Null(operation.Id);
        Assert.Equal("web-1", operation.ResourceName);
        Assert.Same(OperationStatus.Started, operation.Status);
        Assert.False(operation.IsTerminal);

        var created = new CreatedInstances(Request("web-1"), response);
        fake.Seed("web-1", "ubuntu_24_04", "small_3_0", "us-east-1a", DateTime.UtcNow, state: "running");
        var final = await created.WaitAsync(client, new WaitOptions { Delay = (_, _) => Task.CompletedTask });
        Assert.Same(OperationStatus.Succeeded, Assert.Single(final).Status);
        Assert.Equal(1, fake.CreatedCount);
    }
}
