using System.Diagnostics;
using System.Text;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Fluent.Lightsail.Reliability.Worker;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// Creates through a seeded TCP fault proxy (<see cref="TcpFaultProxy"/>) between <see cref="LightsailClient"/> and the
/// local endpoint, from one process and from three processes whose calls ask for overlapping names. Against the
/// endpoint's ground truth: no call claims an instance another call created, no false success, no duplicate, no untyped
/// failure, and a false failure only inside the documented window (counted and printed). Everything is bounded by
/// counts (calls, look-ups, the proxy's holds); nothing asserted depends on timing.
/// </summary>
public sealed class NetworkFaultTests(ITestOutputHelper output)
{
    private static readonly int ClientTimeoutMilliseconds = ReliabilitySettings.NetworkTimeoutMilliseconds;

    [Fact]
    public async Task One_process_under_network_faults_never_claims_falsely_and_fails_typed()
    {
        await using var server = await StartEndpointAsync(["p0"]);
        await using var proxy = StartProxy(server);
        var settings = Settings(proxy, "p0", workers: 4, callsPerWorker: 8, sharedNames: 6);
        var watch = Stopwatch.StartNew();

        var calls = await NetworkCreateRun.RunAsync(settings, CancellationToken.None);
        await proxy.DrainAsync();

        Check(server, proxy, calls, watch.Elapsed, expectRefusals: false);
    }

    [Fact]
    public async Task Three_processes_with_overlapping_names_never_claim_each_others_instances()
    {
        string[] processes = ["p1", "p2", "p3"];
        await using var server = await StartEndpointAsync(processes);
        await using var proxy = StartProxy(server);
        var watch = Stopwatch.StartNew();

        var runs = processes.Select(process => WorkerProcess.RunAsync<CallRecord>(Settings(proxy, process, workers: 3, callsPerWorker: 6, sharedNames: 8), output)).ToList();
        var calls = (await Task.WhenAll(runs)).SelectMany(c => c).ToList();
        await proxy.DrainAsync();

        Check(server, proxy, calls, watch.Elapsed, expectRefusals: true);
    }

    private void Check(LocalLightsailServer server, TcpFaultProxy proxy, IReadOnlyList<CallRecord> calls, TimeSpan elapsed, bool expectRefusals)
    {
        var keys = calls.Select(c => c.Process).Distinct().ToDictionary(p => p, AccessKey);
        var ledger = NetworkLedger.Reconcile(server.Instances, calls, keys);
        output.WriteLine(Report(ledger, proxy, server, elapsed));

        Assert.Empty(proxy.Errors);
        Assert.Empty(ledger.Problems);

        // The run must have exercised what it claims to: every kind of fault on creates, recoveries, and failures.
        foreach (var kind in new[] { ProxyFaultKind.ResetBeforeForwarding, ProxyFaultKind.LostResponse, ProxyFaultKind.TruncatedResponse, ProxyFaultKind.Delay })
        {
            Assert.True(proxy.Injected.GetValueOrDefault(("CreateInstances", kind)) > 0, $"no {kind} on CreateInstances");
        }

        Assert.True(ledger.Recovered > 0, "no create was recovered");
        Assert.True(ledger.Failed > 0, "no create failed");
        if (expectRefusals)
        {
            Assert.True(ledger.RefusedOthers > 0, "no call met another call's instance after a retry");
        }
    }

    private static string Report(NetworkLedger ledger, TcpFaultProxy proxy, LocalLightsailServer server, TimeSpan elapsed)
    {
        var report = new StringBuilder();
        report.AppendLine($"seed {ReliabilitySettings.Seed}, scale {ReliabilitySettings.NetworkScale}, long holds {ReliabilitySettings.NetworkLongHoldPercent} %, client timeout {ClientTimeoutMilliseconds} ms, {elapsed.TotalSeconds:F1} s");
        report.AppendLine($"calls {ledger.Calls}: succeeded {ledger.Succeeded} (recovered {ledger.Recovered}), failed {ledger.Failed} (with per-name outcomes {ledger.FailedWithOutcomes})");
        report.AppendLine("failures: " + string.Join(", ", ledger.FailureCodes.Select(c => $"{c.Key} {c.Value}")));
        report.AppendLine($"names refused as another call's {ledger.RefusedOthers}; reported created inside a failed call {ledger.ReportedCreatedInFailure}");
        report.AppendLine($"false failures inside the window: landed after the last look-up {ledger.WindowFalseFailures}, unknown {ledger.UnknownFalseFailures}");
        report.AppendLine($"instances {server.Instances.Count}; problems {ledger.Problems.Count}");
        report.AppendLine("proxy: " + string.Join(", ", proxy.Injected.OrderBy(i => i.Key.Operation, StringComparer.Ordinal).ThenBy(i => i.Key.Kind).Select(i => $"{i.Key.Operation}/{i.Key.Kind} {i.Value}")));
        foreach (var problem in ledger.Problems.Take(40))
        {
            report.AppendLine("  " + problem);
        }

        return report.ToString();
    }

    private static Task<LocalLightsailServer> StartEndpointAsync(IEnumerable<string> processes)
    {
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        var options = new LocalLightsailOptions { Port = 0, OperationDelay = TimeSpan.FromMilliseconds(100) };
        foreach (var process in processes)
        {
            options.AdditionalCredentials.Add(new LocalCredential(AccessKey(process), Secret(process)));
        }

        return LocalLightsailServer.StartAsync(options);
    }

    private static TcpFaultProxy StartProxy(LocalLightsailServer server) =>
        new TcpFaultProxy(server.Endpoint, new NetworkFaultPlan(ReliabilitySettings.Seed, TimeSpan.FromMilliseconds(ClientTimeoutMilliseconds), ReliabilitySettings.NetworkLongHoldPercent / 100.0).Decide).Start();

    private static RunSettings Settings(TcpFaultProxy proxy, string process, int workers, int callsPerWorker, int sharedNames) =>
        new(proxy.Endpoint.ToString(), AccessKey(process), Secret(process), process, ReliabilitySettings.Seed, workers, callsPerWorker * ReliabilitySettings.NetworkScale, sharedNames * ReliabilitySettings.NetworkScale, ClientTimeoutMilliseconds);

    private static string AccessKey(string process) => "AKIDNETWORK" + process.ToUpperInvariant();

    private static string Secret(string process) => "network-fault-test-secret-" + process;
}
