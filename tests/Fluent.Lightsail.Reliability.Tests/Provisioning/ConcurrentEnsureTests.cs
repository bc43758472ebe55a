using System.Diagnostics;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Tests.Faults;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Fluent.Lightsail.Reliability.Worker;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// Ensures of overlapping fleets racing against one endpoint: 50 tasks in one process, and two OS processes. Some names
/// exist beforehand with other tags, no AutoSnapshot or another bundle. Against the endpoint's ground truth: each name
/// is created exactly once (one <c>CreateInstance</c> operation, reported created by at most one ensure, with the key of
/// that ensure's process), every name exists and converged, and the planted instances are reported as drift, never
/// recreated. A race must not even need a re-run: the loser of a race counts the winner's matching instance as existing.
/// </summary>
public sealed class ConcurrentEnsureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Fifty_concurrent_ensures_of_overlapping_fleets_create_each_name_exactly_once()
    {
        const int Tasks = 50;
        const int PoolSize = 24;
        var seed = ReliabilitySettings.Seed;
        await using var server = await LocalEndpoint.StartAsync(options => options.PageSize = 10);
        using var inspector = LocalEndpoint.Client(LocalEndpoint.Config(server, ClientTimeout, maxErrorRetry: 4));
        var planted = await DriftPlanter.PlantAsync(server, inspector, [EnsureFleet.Name(1), EnsureFleet.Name(9)], [EnsureFleet.Name(5), EnsureFleet.Name(17)]);
        var fleets = Enumerable.Range(0, Tasks).Select(i => EnsureFleet.Pick(Seeds.For(seed, i, stream: 5), PoolSize)).ToList();
        var plantedNames = planted.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var contested = fleets.SelectMany(f => f).GroupBy(n => n).Where(g => g.Count() > 1 && !plantedNames.Contains(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        server.Stats.Reset();

        using var gate = new CreateRaceGate(contested.Contains);
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, ClientTimeout, maxErrorRetry: 4, new FaultInjectingHttpClientFactory(gate)));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        var running = fleets.Select(async (fleet, i) =>
        {
            await start.Task;
            return await EnsureCall.RunAsync(client, "p0", $"t{i:D2}", fleet, NetworkEnsureRun.Options, maxRuns: 3, CancellationToken.None);
        }).ToList();
        start.SetResult();
        var calls = await Task.WhenAll(running);
        var elapsed = watch.Elapsed;

        var requests = server.Stats.Requests;
        var truth = await NameTruth.ReadAsync(server, inspector);
        var ledger = EnsureLedger.Reconcile(truth, calls, planted, new Dictionary<string, string> { ["p0"] = LocalEndpoint.AccessKeyId });
        output.WriteLine($"{Tasks} ensures at once over {PoolSize} names ({contested.Count} wanted by several fleets, {planted.Count} planted), seed {seed}, {elapsed.TotalSeconds:F1} s");
        output.WriteLine(Summary(ledger, truth, requests) + $"; names raced by two creates at once {gate.Raced.Count}, unpaired creates {gate.Unpaired}");
        output.WriteLine(string.Join("\n", ledger.Problems.Take(40)));

        Assert.True(ledger.Problems.Count == 0, $"{ledger.Problems.Count} problems (seed {seed}):\n" + string.Join("\n", ledger.Problems.Take(40)));
        Assert.All(calls, call => Assert.True(call.Runs == 1, $"{call.CallId} needed {call.Runs} runs: {string.Join(", ", call.Failures)}"));
        Assert.NotEmpty(gate.Raced);
        Assert.Contains(requests, r => r.Operation == "CreateInstances" && r.ErrorType is not null);
    }

    [Fact]
    public async Task Two_processes_ensuring_overlapping_fleets_create_each_name_exactly_once()
    {
        string[] processes = ["p1", "p2"];
        var seed = ReliabilitySettings.Seed;
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        var options = new LocalLightsailOptions { Port = 0, OperationDelay = TimeSpan.FromMilliseconds(100), PageSize = 10 };
        WorkerCredentials.Accept(options, processes);

        await using var server = await LocalLightsailServer.StartAsync(options);
        using var inspector = new LightsailClient(
            new Amazon.Runtime.BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
            new LightsailClientConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = server.Region, Timeout = ClientTimeout });
        var planted = await DriftPlanter.PlantAsync(server, inspector, [EnsureFleet.Name(2)], [EnsureFleet.Name(7)]);
        server.Stats.Reset();
        var watch = Stopwatch.StartNew();

        var runs = processes.Select(process => WorkerProcess.RunAsync<EnsureCallRecord>(
            new RunSettings(server.Endpoint.ToString(), WorkerCredentials.AccessKey(process), WorkerCredentials.Secret(process), process, seed, Workers: 4, CallsPerWorker: 6, SharedNames: 16, (int)ClientTimeout.TotalMilliseconds, CallKind.Ensure),
            output));
        var calls = (await Task.WhenAll(runs)).SelectMany(c => c).ToList();
        var elapsed = watch.Elapsed;

        var requests = server.Stats.Requests;
        var truth = await NameTruth.ReadAsync(server, inspector);
        var ledger = EnsureLedger.Reconcile(truth, calls, planted, processes.ToDictionary(p => p, WorkerCredentials.AccessKey));
        var shared = calls.Where(c => c.Process == "p1").SelectMany(c => c.Names).Intersect(calls.Where(c => c.Process == "p2").SelectMany(c => c.Names)).Count();
        output.WriteLine($"2 processes x 4 workers x 6 ensures over 16 names ({shared} wanted by both processes), seed {seed}, {elapsed.TotalSeconds:F1} s");
        output.WriteLine(Summary(ledger, truth, requests) + "; created per process: " +
            string.Join(", ", processes.Select(p => $"{p} {truth.Values.Count(t => t.Instance.CreatedByAccessKeyId == WorkerCredentials.AccessKey(p))}")));
        output.WriteLine(string.Join("\n", ledger.Problems.Take(40)));

        Assert.True(ledger.Problems.Count == 0, $"{ledger.Problems.Count} problems (seed {seed}):\n" + string.Join("\n", ledger.Problems.Take(40)));
        Assert.All(calls, call => Assert.True(call.Runs == 1, $"{call.CallId} needed {call.Runs} runs: {string.Join(", ", call.Failures)}"));
        Assert.True(shared > 0, "the two processes' fleets did not overlap");
    }

    private static string Summary(EnsureLedger ledger, IReadOnlyDictionary<string, NameTruth> truth, IReadOnlyList<RecordedRequest> requests) =>
        $"ensures {ledger.Calls}, converged {ledger.Succeeded}, re-runs {ledger.ReRuns}; instances {truth.Count}, names reported created {ledger.CreatedClaims}; " +
        $"CreateInstances sent {requests.Count(r => r.Operation == "CreateInstances")}, refused (a race lost) {requests.Count(r => r.Operation == "CreateInstances" && r.ErrorType is not null)}; problems {ledger.Problems.Count}";
}
