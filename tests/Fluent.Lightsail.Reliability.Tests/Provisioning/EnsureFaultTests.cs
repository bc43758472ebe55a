using System.Diagnostics;
using System.Text;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Tests.Faults;
using Fluent.Lightsail.Reliability.Tests.Faults.Network;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Fluent.Lightsail.Reliability.Worker;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// 320 ensures of overlapping fleets, 16 at a time through one client, under faults on the wire (the seeded
/// <see cref="TcpFaultProxy"/>: resets, lost and cut answers, held requests) and from the endpoint (throttling and
/// 500s by header), with some names planted beforehand with other tags, no AutoSnapshot, or another bundle. A failed
/// ensure is re-run, as a deploy script would. Against the endpoint's ground truth: no duplicate, nothing lost, every
/// name converged, planted instances reconciled or reported but never replaced.
/// </summary>
public sealed class EnsureFaultTests(ITestOutputHelper output)
{
    private const int Workers = 16;
    private const int CallsPerWorker = 20;
    private const int PoolSize = 120;
    private const int MaxErrorRetry = 2;

    [Fact]
    public async Task Ensures_under_network_and_service_faults_converge_without_duplicates_or_losses()
    {
        var seed = ReliabilitySettings.Seed;
        var timeout = TimeSpan.FromMilliseconds(ReliabilitySettings.NetworkTimeoutMilliseconds);
        await using var server = await LocalEndpoint.StartAsync(options => options.PageSize = 10);
        using var inspector = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(15), maxErrorRetry: 4));
        // A quarter of the pool exists beforehand, unlike the fleet: the ensures' in-place changes meet the faults too.
        var planted = await DriftPlanter.PlantAsync(server, inspector, [.. Enumerable.Range(0, 30).Select(i => EnsureFleet.Name(i * 4))], [.. Enumerable.Range(0, 6).Select(i => EnsureFleet.Name(1 + (i * 20)))]);
        server.Stats.Reset();

        await using var proxy = new TcpFaultProxy(server.Endpoint, new NetworkFaultPlan(seed, timeout).Decide).Start();
        var settings = new RunSettings(proxy.Endpoint.ToString(), LocalEndpoint.AccessKeyId, LocalEndpoint.SecretAccessKey, "p0", seed, Workers, CallsPerWorker * ReliabilitySettings.NetworkScale, PoolSize, (int)timeout.TotalMilliseconds, CallKind.Ensure);
        var watch = Stopwatch.StartNew();
        IReadOnlyList<EnsureCallRecord> calls;
        using (var handler = new FaultHeaderHandler(new ServiceFaultSchedule(seed, throttleShare: 0.04, internalErrorShare: 0.03, burstShare: 0.12, burstLength: 3 * (MaxErrorRetry + 1))))
        {
            var config = LocalEndpoint.Config(server, timeout, MaxErrorRetry, new FaultInjectingHttpClientFactory(handler));
            config.ServiceURL = proxy.Endpoint.ToString();
            using var client = LocalEndpoint.Client(config);
            calls = await NetworkEnsureRun.RunAsync(client, settings, CancellationToken.None);
        }

        var elapsed = watch.Elapsed;
        await proxy.DrainAsync();
        var requests = server.Stats.Requests;
        var truth = await NameTruth.ReadAsync(server, inspector);
        var ledger = EnsureLedger.Reconcile(truth, calls, planted, new Dictionary<string, string> { ["p0"] = LocalEndpoint.AccessKeyId }, TwinSlack(timeout));
        output.WriteLine(Report($"one process, {Workers} at a time", ledger, proxy, requests, truth, planted, elapsed));

        Assert.Empty(proxy.Errors);
        Assert.True(ledger.Problems.Count == 0, $"{ledger.Problems.Count} problems (seed {seed}):\n" + string.Join("\n", ledger.Problems.Take(40)));
        Assert.True(ledger.Calls >= 300, $"only {ledger.Calls} ensures");

        // The run must have exercised what it claims: every kind of fault, on creates and on in-place changes, and re-runs.
        foreach (var kind in new[] { ProxyFaultKind.ResetBeforeForwarding, ProxyFaultKind.LostResponse, ProxyFaultKind.TruncatedResponse, ProxyFaultKind.Delay })
        {
            Assert.True(proxy.Injected.GetValueOrDefault(("CreateInstances", kind)) > 0, $"no {kind} on CreateInstances");
            Assert.True(proxy.Injected.Any(i => i.Key.Kind == kind && i.Key.Operation is "TagResource" or "UntagResource" or "EnableAddOn"), $"no {kind} on an in-place change");
        }

        Assert.Contains(requests, r => r.Fault == FaultKind.Throttle);
        Assert.Contains(requests, r => r.Fault == FaultKind.InternalError);
        Assert.True(ledger.ReRuns > 0, "no ensure needed a re-run: the faults did not bite");
        Assert.All(planted, p => Assert.Contains(calls, c => c.Succeeded && c.Names.Contains(p.Name)));
    }

    [Fact]
    public async Task Two_processes_ensuring_through_network_faults_converge_without_duplicates_or_losses()
    {
        string[] processes = ["p1", "p2"];
        var seed = ReliabilitySettings.Seed;
        var timeout = TimeSpan.FromMilliseconds(ReliabilitySettings.NetworkTimeoutMilliseconds);
        await using var server = await LocalEndpoint.StartAsync(options =>
        {
            options.PageSize = 10;
            WorkerCredentials.Accept(options, processes);
        });
        using var inspector = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(15), maxErrorRetry: 4));
        var planted = await DriftPlanter.PlantAsync(server, inspector, [EnsureFleet.Name(0), EnsureFleet.Name(9), EnsureFleet.Name(18)], [EnsureFleet.Name(5)]);
        server.Stats.Reset();

        await using var proxy = new TcpFaultProxy(server.Endpoint, new NetworkFaultPlan(seed, timeout).Decide).Start();
        var watch = Stopwatch.StartNew();
        var runs = processes.Select(process => WorkerProcess.RunAsync<EnsureCallRecord>(
            new RunSettings(proxy.Endpoint.ToString(), WorkerCredentials.AccessKey(process), WorkerCredentials.Secret(process), process, seed, Workers: 4,
                CallsPerWorker: 8 * ReliabilitySettings.NetworkScale, SharedNames: 24, (int)timeout.TotalMilliseconds, CallKind.Ensure),
            output));
        var calls = (await Task.WhenAll(runs)).SelectMany(c => c).ToList();
        var elapsed = watch.Elapsed;
        await proxy.DrainAsync();
        var requests = server.Stats.Requests;
        var truth = await NameTruth.ReadAsync(server, inspector);
        var ledger = EnsureLedger.Reconcile(truth, calls, planted, processes.ToDictionary(p => p, WorkerCredentials.AccessKey), TwinSlack(timeout));
        output.WriteLine(Report("2 processes x 4 workers", ledger, proxy, requests, truth, planted, elapsed));

        Assert.Empty(proxy.Errors);
        Assert.True(ledger.Problems.Count == 0, $"{ledger.Problems.Count} problems (seed {seed}):\n" + string.Join("\n", ledger.Problems.Take(40)));
        Assert.True(proxy.Injected.Any(i => i.Key.Operation == "CreateInstances" && i.Key.Kind != ProxyFaultKind.None), "no fault on a create");
        Assert.All(processes, process => Assert.Contains(calls, c => c.Process == process && c.Succeeded));
    }

    /// <summary>How long before a claiming run its twin's instance may have been reserved (see <see cref="EnsureLedger.Reconcile"/>).</summary>
    private static TimeSpan TwinSlack(TimeSpan clientTimeout) => TimeSpan.FromSeconds(1) + (2 * clientTimeout);

    private static string Report(string callers, EnsureLedger ledger, TcpFaultProxy proxy, IReadOnlyList<RecordedRequest> requests, IReadOnlyDictionary<string, NameTruth> truth, IReadOnlyList<PlantedDrift> planted, TimeSpan elapsed)
    {
        var report = new StringBuilder();
        report.AppendLine($"seed {ReliabilitySettings.Seed}, scale {ReliabilitySettings.NetworkScale}, client timeout {ReliabilitySettings.NetworkTimeoutMilliseconds} ms, {callers}, {elapsed.TotalSeconds:F1} s");
        report.AppendLine($"ensures {ledger.Calls}: converged {ledger.Succeeded}; runs {ledger.Runs}, re-runs needed {ledger.ReRuns} (by {ledger.CallsThatNeededReRuns} ensures)");
        report.AppendLine($"instances {truth.Count} ({planted.Count} planted: {planted.Count(p => p.NeedsReplacement)} on another bundle); names reported created {ledger.CreatedClaims}; problems {ledger.Problems.Count}");
        report.AppendLine($"twin claims of one create (same request, retried create, another caller's instance) {ledger.TwinClaims.Count}" + string.Concat(ledger.TwinClaims.Take(5).Select(t => "\n  " + t)));
        report.AppendLine("failed runs: " + string.Join(", ", ledger.FailureCodes.Select(c => $"{c.Key} {c.Value}")));
        report.AppendLine($"untyped failures {ledger.Untyped.Count}" + string.Concat(ledger.Untyped.Take(5).Select(u => "\n  " + u)));
        report.AppendLine("network faults (proxy): " + string.Join(", ", proxy.Injected.Where(i => i.Key.Kind != ProxyFaultKind.None)
            .OrderBy(i => i.Key.Operation, StringComparer.Ordinal).ThenBy(i => i.Key.Kind).Select(i => $"{i.Key.Operation}/{i.Key.Kind} {i.Value}")));
        report.AppendLine("network faults by kind: " + string.Join(", ", proxy.Injected.Where(i => i.Key.Kind != ProxyFaultKind.None)
            .GroupBy(i => i.Key.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(i => i.Value)}")));
        report.AppendLine("service faults (endpoint): " + string.Join(", ", requests.Where(r => r.Fault is not null)
            .GroupBy(r => $"{r.Operation}/{r.Fault}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        report.AppendLine("endpoint requests: " + string.Join(", ", requests.GroupBy(r => r.Operation).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var problem in ledger.Problems.Take(40))
        {
            report.AppendLine("  " + problem);
        }

        return report.ToString();
    }
}
