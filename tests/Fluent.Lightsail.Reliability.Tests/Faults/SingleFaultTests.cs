using Fluent.Lightsail.Building;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// Each fault kind alone, on a fresh client whose retry budget is full: the create succeeds, exactly once. These pin
/// down the behaviour the 500-create run relies on, one kind at a time.
/// </summary>
public sealed class SingleFaultTests
{
    // Only the timeout case needs a client timeout the endpoint can outlast, and even there a retry must fit in it on a
    // loaded machine: 3 s against an attempt held for a minute (the server's shutdown cancels it). The other kinds get a
    // timeout no loopback call reaches, so a busy machine cannot add a timeout the test did not plan.
    private static readonly TimeSpan TimeoutCaseClientTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RoomyTimeout = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(FaultPlan.Throttle)]
    [InlineData(FaultPlan.InternalError)]
    [InlineData("timeout")]
    [InlineData(FaultPlan.DropConnection)]
    [InlineData(FaultPlan.LostResponse)]
    [InlineData(FaultPlan.MalformedJson)]
    public async Task One_fault_on_the_first_attempt_still_creates_exactly_once(string kind)
    {
        await using var server = await LocalEndpoint.StartAsync();
        var fault = kind == "timeout" ? "latency=60s" : kind;
        var timeout = kind == "timeout" ? TimeoutCaseClientTimeout : RoomyTimeout;
        using var handler = new FaultHeaderHandler(new FixedFaults(("CreateInstances", 1, fault)));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, timeout, maxErrorRetry: 4, new FaultInjectingHttpClientFactory(handler)));

        var created = await InstanceCreation.CreateAsync(client, Request("single-1"), CancellationToken.None);

        Assert.Equal("single-1", Assert.Single(created.Operations).ResourceName);

        // A held (timed-out) attempt is finished by the endpoint after its client gave up, as by the service; once it
        // is done, there is still exactly one instance.
        await Eventually.TrueAsync(() => server.Stats.Requests.Any(r => r.Operation == "CreateInstances" && r.Fault is not null), "the faulted attempt was never finished");
        Assert.Equal(["single-1"], server.InstanceNames);
    }

    private static CreateInstancesRequest Request(string name) => new()
    {
        InstanceNames = [name],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
    };
}
