using System.Diagnostics;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// 500 creates, each under its own seeded burst of faults from the local endpoint (throttling, 500s, timeouts,
/// dropped connections, lost responses, truncated bodies, mixes, and bursts longer than the retries), 16 at a time
/// through one client: no duplicate, no lost instance, no false failure, every failure typed.
/// </summary>
public sealed class FaultedCreateTests(ITestOutputHelper output)
{
    private const int Creates = 500;
    private const int MaxErrorRetry = 4;
    // As in ConcurrentCreateTests: 16 creates at a time on two shared cores must never reach it without a fault (an
    // unplanned timeout spends a retry the schedule did not count on); the planned timeouts are held twice as long.
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Creates_under_seeded_faults_are_never_duplicated_lost_or_falsely_failed()
    {
        var seed = ReliabilitySettings.Seed;
        var names = Enumerable.Range(0, Creates).Select(i => $"faulted-{i:D4}").ToList();
        var plan = new FaultPlan(seed, names, ClientTimeout, maxAttempts: MaxErrorRetry + 1);
        await using var server = await LocalEndpoint.StartAsync();
        using var handler = new FaultHeaderHandler(plan);
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, ClientTimeout, MaxErrorRetry, new FaultInjectingHttpClientFactory(handler)));
        var watch = Stopwatch.StartNew();

        var outcomes = new CreateOutcome[Creates];
        await Parallel.ForEachAsync(Enumerable.Range(0, Creates), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
            outcomes[i] = await CreateOutcome.OfAsync(names[i], () => InstanceCreation.CreateAsync(client, Request(names[i]), cancellationToken)));

        var elapsed = watch.Elapsed;
        handler.Enabled = false;
        using var inspector = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(10), MaxErrorRetry));
        var problems = await CreateLedger.ProblemsAsync(server, outcomes, inspector, name => handler.Attempts("CreateInstances", name));

        var injected = server.Stats.Requests.Where(r => r.Fault is not null).GroupBy(r => $"{r.Operation}/{r.Fault}").OrderBy(g => g.Key, StringComparer.Ordinal);
        var failures = outcomes.Where(o => !o.Succeeded).GroupBy(o => o.Failure!.GetType().Name + ":" + (o.Failure as Amazon.Runtime.AmazonServiceException)?.ErrorCode);
        output.WriteLine($"{Creates} creates, seed {seed}, {elapsed.TotalSeconds:F1} s; {outcomes.Count(o => o.Succeeded)} succeeded " +
                         $"({outcomes.Count(o => o.Created?.RecoveredAfterRetry == true)} recovered after a retry), {outcomes.Count(o => !o.Succeeded)} failed");
        output.WriteLine("planned create faults: " + string.Join(", ", plan.PlannedCreateFaults.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        output.WriteLine("injected: " + string.Join(", ", injected.Select(g => $"{g.Key}={g.Count()}")));
        output.WriteLine("failures: " + string.Join(", ", failures.Select(g => $"{g.Key}={g.Count()}")));
        output.WriteLine($"endpoint requests: {string.Join(", ", server.Stats.ByOperation.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}");

        Assert.True(problems.Count == 0, $"{problems.Count} problems (seed {seed}):\n" + string.Join("\n", problems.Take(30)));

        // The schedule must really have hit every kind, or the zero above proves little.
        foreach (var kind in new[] { FaultKind.Throttle, FaultKind.InternalError, FaultKind.Latency, FaultKind.DropConnection, FaultKind.LostResponse, FaultKind.MalformedJson })
        {
            Assert.Contains(server.Stats.Requests, r => r.Operation == "CreateInstances" && r.Fault == kind);
        }

        Assert.Contains(outcomes, o => o.Created?.RecoveredAfterRetry == true);
        Assert.Contains(outcomes, o => !o.Succeeded);
    }

    private static CreateInstancesRequest Request(string name) => new()
    {
        InstanceNames = [name],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
    };
}
