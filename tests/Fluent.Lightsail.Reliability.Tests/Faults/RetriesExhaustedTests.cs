using Amazon.Runtime;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// The false failures the 500-create run found, one at a time: when Core has no retry left (here MaxErrorRetry = 0; in
/// the run, a spent retry quota), a create whose answer was lost or unreadable still happened and must be reported as
/// created; one that did not happen must fail with a typed exception.
/// </summary>
public sealed class RetriesExhaustedTests
{
    // Tests about timeouts need a client timeout the endpoint can outlast; the others need one that a loaded CI machine
    // never reaches, or a slow look-up turns into a false failure (a 700 ms timeout did, once, for the malformed answer).
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan RoomyTimeout = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(FaultPlan.LostResponse)]
    [InlineData(FaultPlan.MalformedJson)]
    public async Task A_create_that_happened_is_reported_created_when_no_retry_is_left(string fault)
    {
        await using var server = await LocalEndpoint.StartAsync();
        using var handler = new FaultHeaderHandler(new FixedFaults(("CreateInstances", 1, fault)));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, RoomyTimeout, maxErrorRetry: 0, new FaultInjectingHttpClientFactory(handler)));

        var created = await InstanceCreation.CreateAsync(client, Request("exhausted-1"), CancellationToken.None);

        Assert.True(created.RecoveredAfterRetry);
        Assert.Equal("exhausted-1", Assert.Single(created.Operations).ResourceName);
        Assert.Equal(["exhausted-1"], server.InstanceNames);
    }

    [Theory]
    [InlineData(FaultPlan.DropConnection, "ConnectionFailure")]
    [InlineData("timeout", "RequestTimeout")]
    public async Task A_create_that_did_not_happen_fails_typed_when_no_retry_is_left(string fault, string errorCode)
    {
        await using var server = await LocalEndpoint.StartAsync();
        // The held attempt must outlast the whole call, look-ups and their retries included: with twice the client
        // timeout, a loaded CI machine let it land before the look-up, and the call rightly reported it created.
        // The server's short shutdown grace cancels it when the test ends.
        var header = fault == "timeout" ? "latency=60s" : fault;

        using var handler = new FaultHeaderHandler(new FixedFaults([.. Enumerable.Range(1, 8).Select(attempt => ("CreateInstances", attempt, header))]));
        var config = LocalEndpoint.Config(server, fault == "timeout" ? ClientTimeout : RoomyTimeout, maxErrorRetry: 0, new FaultInjectingHttpClientFactory(handler));

        // Core re-sends a dropped request as a "stale connection" whatever MaxErrorRetry says; this turns that off too.
        config.MaxStaleConnectionRetries = 0;
        using var client = LocalEndpoint.Client(config);

        var failure = await Assert.ThrowsAnyAsync<AmazonLightsailException>(() => InstanceCreation.CreateAsync(client, Request("exhausted-2"), CancellationToken.None));

        Assert.Equal(errorCode, failure.ErrorCode);
        Assert.NotNull(failure.InnerException);
        Assert.Empty(server.InstanceNames);
    }

    [Fact]
    public async Task A_service_error_on_the_only_attempt_keeps_its_type_and_request_id()
    {
        await using var server = await LocalEndpoint.StartAsync();
        using var handler = new FaultHeaderHandler(new FixedFaults(("CreateInstances", 1, FaultPlan.InternalError)));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, RoomyTimeout, maxErrorRetry: 0, new FaultInjectingHttpClientFactory(handler)));

        var failure = await Assert.ThrowsAsync<ServiceException>(() => InstanceCreation.CreateAsync(client, Request("exhausted-3"), CancellationToken.None));

        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Empty(server.InstanceNames);
    }

    [Fact]
    public async Task A_create_still_running_when_its_only_attempt_times_out_is_sent_again_and_not_duplicated()
    {
        // The 500-create run met this once in CI: the first attempt times out while the endpoint holds it, the
        // look-up finds no instance yet, and the create was reported failed although the endpoint then performed it.
        await using var server = await LocalEndpoint.StartAsync();
        // 2 s, not 700 ms: the look-ups after the timeout must not time out themselves on a loaded machine.
        var timeout = TimeSpan.FromSeconds(2);
        var slowerThanTheClient = "latency=" + (int)(timeout.TotalMilliseconds * 2) + "ms";
        using var handler = new FaultHeaderHandler(new FixedFaults(("CreateInstances", 1, slowerThanTheClient)));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, timeout, maxErrorRetry: 2, new FaultInjectingHttpClientFactory(handler)));

        var created = await InstanceCreation.CreateAsync(client, Request("resent-1"), CancellationToken.None);

        // Core sometimes retries the timed-out attempt itself and sometimes stops after it (then the client re-sends);
        // either way the call reports the one instance, and the held attempt does not add a second.
        Assert.Equal("resent-1", Assert.Single(created.Operations).ResourceName);
        await Task.Delay(timeout * 3);   // let the held first attempt finish on the endpoint
        Assert.Equal(["resent-1"], server.InstanceNames);
        Assert.Equal(1, server.Stats.Requests.Count(r => r.Operation == "CreateInstances" && r.StatusCode == 200));
    }

    private static CreateInstancesRequest Request(string name) => new()
    {
        InstanceNames = [name],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
    };
}
