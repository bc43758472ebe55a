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
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(700);

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
        var fault = kind == "timeout" ? "latency=" + (int)(ClientTimeout.TotalMilliseconds * 2) + "ms" : kind;
        using var handler = new FaultHeaderHandler(new FixedFaults(("CreateInstances", 1, fault)));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, ClientTimeout, maxErrorRetry: 4, new FaultInjectingHttpClientFactory(handler)));

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
