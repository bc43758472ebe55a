using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Tests.Faults;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Fluent.Lightsail.Reliability.Tests.Provisioning;
using Fluent.Lightsail.Reliability.Worker;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Cancellation;

/// <summary>
/// An ensure cancelled at every HTTP exchange it makes (before the request is sent, while it is in flight with its work
/// done, and after its answer arrived) leaves a state that one uncancelled re-run finishes: every name exists once,
/// converged, with the planted instances reconciled and never replaced. The fleet has missing names, existing ones to
/// reconcile, and a page size of 2, so the ensure reads pages, creates, tags, untags and enables the add-on.
/// </summary>
public sealed class EnsureCancellationTests(ITestOutputHelper output)
{
    // Six names, more than ensure reads one by one: it pages through the region (two pages of 2), then creates three
    // names and reconciles three planted ones.
    private static readonly string[] Fleet = [.. Enumerable.Range(0, 6).Select(EnsureFleet.Name)];
    private static readonly string[] Planted = [EnsureFleet.Name(1), EnsureFleet.Name(3), EnsureFleet.Name(5)];

    [Fact]
    public async Task An_ensure_cancelled_at_any_exchange_is_finished_by_a_re_run()
    {
        var reference = await RunCaseAsync(exchange: int.MaxValue, CancelPoint.BeforeSend);
        Assert.True(reference.Problems.Count == 0, "the uncancelled ensure itself: " + string.Join("\n", reference.Problems));
        var exchanges = reference.Exchanges;

        // A few exchanges more than the reference: polling may make a cancelled run's exchanges differ a little.
        var cases = Enumerable.Range(1, exchanges + 2).SelectMany(n => Enum.GetValues<CancelPoint>().Select(point => (n, point))).ToList();
        var results = new CaseResult[cases.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            results[i] = await RunCaseAsync(cases[i].n, cases[i].point));

        var cancelled = results.Where(r => r.CancelledAt is not null).ToList();
        output.WriteLine($"reference ensure: {exchanges} exchanges ({string.Join(", ", reference.Operations)})");
        output.WriteLine($"{results.Length} cases, {cancelled.Count} cancelled: " + string.Join(", ", cancelled.GroupBy(r => r.CancelledAt).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"the cancelled run threw OperationCanceledException {cancelled.Count(r => r.Outcome == "cancelled")}, completed anyway {cancelled.Count(r => r.Outcome == "completed")}");
        var problems = results.SelectMany(r => r.Problems.Select(p => $"exchange {r.Exchange} {r.Point} ({r.CancelledAt}): {p}")).ToList();
        foreach (var problem in problems.Take(40))
        {
            output.WriteLine("  " + problem);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));

        // Every operation the ensure uses was cancelled at, at every point, or the zero above proves less than it says.
        foreach (var operation in reference.Operations.Distinct())
        {
            foreach (var point in Enum.GetValues<CancelPoint>())
            {
                Assert.True(cancelled.Any(r => r.CancelledAt == operation && r.Point == point), $"never cancelled {point} {operation}");
            }
        }
    }

    private static async Task<CaseResult> RunCaseAsync(int exchange, CancelPoint point)
    {
        await using var server = await LocalEndpoint.StartAsync(options => options.PageSize = 2);
        using var plain = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(15), maxErrorRetry: 4));
        var planted = await DriftPlanter.PlantAsync(server, plain, Planted, []);
        server.Stats.Reset();
        using var run = new CancellationTokenSource();
        using var tripwire = new ExchangeTripwire(exchange, point, run);
        var problems = new List<string>();
        string outcome;
        using (var client = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(15), maxErrorRetry: 4, new FaultInjectingHttpClientFactory(tripwire))))
        {
            try
            {
                await client.EnsureInstancesAsync(EnsureFleet.Desired(Fleet), NetworkEnsureRun.Options, run.Token);
                outcome = "completed";
            }
            catch (OperationCanceledException) when (run.IsCancellationRequested)
            {
                outcome = "cancelled";
            }
            catch (Exception exception)
            {
                outcome = "failed";
                problems.Add($"the cancelled ensure threw {exception.GetType().FullName}: {exception.Message}, not OperationCanceledException");
            }
        }

        var operations = server.Stats.Requests.Select(r => r.Operation).ToList();
        var rerun = await EnsureCall.RunAsync(plain, "p0", "rerun", Fleet, NetworkEnsureRun.Options, maxRuns: 1, CancellationToken.None);
        var truth = await NameTruth.ReadAsync(server, plain);
        problems.AddRange(EnsureLedger.Reconcile(truth, [rerun], planted).Problems);
        return new CaseResult(exchange, point, tripwire.CancelledAt, tripwire.Exchanges, outcome, operations, problems);
    }

    private sealed record CaseResult(int Exchange, CancelPoint Point, string? CancelledAt, int Exchanges, string Outcome, IReadOnlyList<string> Operations, IReadOnlyList<string> Problems);
}
