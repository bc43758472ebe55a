using Amazon.Runtime;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// The client against Fluent.Lightsail.Local, which checks SigV4 and validates like the service: create, wait, typed
/// errors, and the injected faults the client must survive (lost responses, throttling, failed operations).
/// </summary>
public sealed class LocalEndpointTests : IAsyncLifetime
{
    // Starts at the real time: the endpoint rejects signatures too far from its clock, as AWS does.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private LocalLightsailServer _server = null!;
    private LightsailClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalLightsailServer.StartAsync(new LocalLightsailOptions
        {
            Port = 0,
            TimeProvider = _clock,
            OperationDelay = TimeSpan.FromSeconds(10),
            SessionToken = "local-session-token",
        });
        _client = new LightsailClient(
            new SessionAWSCredentials(_server.AccessKeyId, _server.SecretAccessKey, _server.SessionToken),
            new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = _server.Region });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private static CreateInstancesRequest Request(params string[] names) => new()
    {
        InstanceNames = names.ToList(),
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        Tags = new List<Tag> { new() { Key = "role", Value = "web" } },
    };

    /// <summary>Waiting moves the endpoint's clock instead of sleeping.</summary>
    private WaitOptions AdvancingClock() => new()
    {
        InitialDelay = TimeSpan.FromSeconds(2),
        MaxDelay = TimeSpan.FromSeconds(4),
        Jitter = false,
        Delay = (delay, _) =>
        {
            _clock.Advance(delay);
            return Task.CompletedTask;
        },
    };

    [Fact]
    public async Task Create_then_wait_until_the_instances_run()
    {
        var created = await InstanceCreation.CreateAsync(_client, Request("web-1", "web-2"), CancellationToken.None);
        var final = await created.WaitAsync(_client, AdvancingClock());

        Assert.False(created.RecoveredAfterRetry);
        Assert.Equal(new[] { "web-1", "web-2" }, final.Select(o => o.ResourceName));
        Assert.All(final, o => Assert.Same(OperationStatus.Succeeded, o.Status));
        var instance = (await _client.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" })).Instance!;
        Assert.Equal("running", instance.State!.Name);
        Assert.Equal(Blueprints.Ubuntu24_04, instance.BlueprintId);
        Assert.Equal("us-east-1a", instance.Location!.AvailabilityZone);
        Assert.Equal("web", Assert.Single(instance.Tags!).Value);
    }

    [Fact]
    public async Task A_lost_create_response_is_retried_without_a_second_instance()
    {
        _server.Faults.Enqueue(Fault.LostResponse.For("CreateInstances"));

        var created = await InstanceCreation.CreateAsync(_client, Request("web-1"), CancellationToken.None);

        Assert.True(created.RecoveredAfterRetry);
        Assert.Equal(new[] { "web-1" }, _server.InstanceNames);
        Assert.Equal(2, _server.Stats.Count("CreateInstances"));
        var final = await created.WaitAsync(_client, AdvancingClock());
        Assert.Same(OperationStatus.Succeeded, Assert.Single(final).Status);
        Assert.Equal(new[] { "web-1" }, _server.InstanceNames);
    }

    [Fact]
    public async Task A_dropped_create_that_never_ran_is_simply_retried()
    {
        _server.Faults.Enqueue(Fault.DropConnection.For("CreateInstances"));

        var created = await InstanceCreation.CreateAsync(_client, Request("web-1"), CancellationToken.None);

        Assert.False(created.RecoveredAfterRetry);
        Assert.Equal(new[] { "web-1" }, _server.InstanceNames);
        Assert.NotNull(Assert.Single(created.Operations).Id);
    }

    [Fact]
    public async Task Throttling_and_internal_errors_are_retried()
    {
        _server.Faults.Enqueue(Fault.Throttle().For("CreateInstances"), Fault.InternalError.For("CreateInstances"));

        var created = await InstanceCreation.CreateAsync(_client, Request("web-1"), CancellationToken.None);

        Assert.Equal(3, _server.Stats.Count("CreateInstances"));
        Assert.Single(created.Operations);
    }

    [Fact]
    public async Task A_real_name_conflict_fails()
    {
        await _client.CreateInstancesAsync(Request("web-1"));

        var exception = await Assert.ThrowsAsync<InvalidInputException>(() => _client.CreateInstancesAsync(Request("web-1")));

        Assert.Contains("already in use", exception.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.False(string.IsNullOrEmpty(exception.RequestId));
    }

    [Fact]
    public async Task Failed_operations_surface_their_error_code_and_details()
    {
        _server.Faults.Enqueue(Fault.OperationFailure("InsufficientCapacity", "No capacity in us-east-1a").For("CreateInstances"));
        var created = await InstanceCreation.CreateAsync(_client, Request("web-1"), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<OperationFailedException>(() => created.WaitAsync(_client, AdvancingClock()));

        var failed = Assert.Single(exception.Failed);
        Assert.Equal("InsufficientCapacity", failed.ErrorCode);
        Assert.Equal("No capacity in us-east-1a", failed.ErrorDetails);
    }

    [Fact]
    public async Task Invalid_input_is_a_typed_error()
    {
        var exception = await Assert.ThrowsAsync<InvalidInputException>(
            () => _client.CreateInstancesAsync(new CreateInstancesRequest { InstanceNames = new List<string> { "web-1" }, AvailabilityZone = "eu-west-1a", BlueprintId = Blueprints.Ubuntu24_04, BundleId = Bundles.Small3_0 }));

        Assert.Equal("InvalidInputException", exception.ErrorCode);
        Assert.Empty(_server.InstanceNames);
    }

    [Fact]
    public async Task Wrong_credentials_are_rejected_by_the_endpoint()
    {
        using var stranger = new LightsailClient(
            new SessionAWSCredentials(_server.AccessKeyId, "not-the-secret", _server.SessionToken),
            new LightsailClientConfig { ServiceURL = _server.Endpoint.ToString(), AuthenticationRegion = _server.Region, MaxErrorRetry = 0 });

        var exception = await Assert.ThrowsAnyAsync<AmazonLightsailException>(() => stranger.GetInstanceAsync(new GetInstanceRequest { InstanceName = "web-1" }));

        Assert.Equal("InvalidSignatureException", exception.ErrorCode);
    }

    [Fact]
    public async Task A_truncated_create_response_is_retried_and_recovered()
    {
        // The create runs, but its 200 body is cut off: Core retries the unreadable response, and the retry meets
        // the names the first attempt took.
        _server.Faults.Enqueue(Fault.MalformedJson.For("CreateInstances"));

        var response = await _client.CreateInstancesAsync(Request("web-1"));

        Assert.True(response.RecoveredAfterRetry);
        Assert.Equal(2, _server.Stats.Count("CreateInstances"));
        Assert.Equal(new[] { "web-1" }, _server.InstanceNames);
    }
}
