namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// One ensuring process: <see cref="RunSettings.Workers"/> concurrent workers share one client and each makes
/// <see cref="RunSettings.CallsPerWorker"/> ensure calls, one after another, on fleets picked from the pool of
/// <see cref="RunSettings.SharedNames"/> names that every worker and process draws from.
/// </summary>
public static class NetworkEnsureRun
{
    /// <summary>
    /// Failed runs after which a call gives up. Far more than a fault schedule makes a call need, but a run may need
    /// several: once Core's retry quota (shared by every client of the process for one endpoint) is spent, a run fails
    /// at its first fault.
    /// </summary>
    public const int MaxRuns = 40;

    /// <summary>What the ensures reconcile in place: tags (exactly the desired ones) and the AutoSnapshot add-on.</summary>
    public static EnsureOptions Options => new() { ReconcileTags = true, ReconcileAddOns = true };

    public static async Task<IReadOnlyList<EnsureCallRecord>> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        using var client = NetworkCreateRun.Client(settings);
        return await RunAsync(client, settings, cancellationToken);
    }

    /// <summary>Runs the workers of <paramref name="settings"/> through a client the caller made (e.g. with injected faults).</summary>
    public static async Task<IReadOnlyList<EnsureCallRecord>> RunAsync(ILightsailClient client, RunSettings settings, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, settings.Workers).Select(worker => RunWorkerAsync(client, settings, worker, cancellationToken));
        return (await Task.WhenAll(workers)).SelectMany(records => records).ToList();
    }

    private static async Task<List<EnsureCallRecord>> RunWorkerAsync(ILightsailClient client, RunSettings settings, int worker, CancellationToken cancellationToken)
    {
        var random = new Random(unchecked((settings.Seed * 7919) + (NetworkCreateRun.StableHash(settings.Process) * 31) + worker));
        var records = new List<EnsureCallRecord>();
        for (var call = 0; call < settings.CallsPerWorker; call++)
        {
            var names = EnsureFleet.Pick(random, settings.SharedNames);
            records.Add(await EnsureCall.RunAsync(client, settings.Process, $"{settings.Process}-w{worker}-e{call}", names, Options, MaxRuns, cancellationToken));
        }

        return records;
    }
}
