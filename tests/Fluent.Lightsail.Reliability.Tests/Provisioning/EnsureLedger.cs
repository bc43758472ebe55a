using Fluent.Lightsail.Reliability.Worker;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// Reconciles what every ensure call was told with the endpoint's ground truth after a run. Problems are what must
/// never happen:
/// <list type="bullet">
/// <item>a call that did not converge (every run failed);</item>
/// <item><b>lost</b>: a successful call whose name does not exist, or that did not account for a name;</item>
/// <item><b>duplicate</b>: a name with more than one <c>CreateInstance</c> operation, a name reported created by two
/// calls, an instance nobody asked for, a planted instance replaced or reported created;</item>
/// <item><b>not converged</b>: a name without the desired tags or AutoSnapshot time after every call succeeded;</item>
/// <item><b>drift misreported</b>: a planted instance that needs a new one missing from a call's report, or a name
/// reported as needing replacement that does not.</item>
/// </list>
/// </summary>
internal sealed class EnsureLedger
{
    public List<string> Problems { get; } = [];

    public int Calls { get; private set; }

    public int Succeeded { get; private set; }

    /// <summary>Runs of EnsureInstancesAsync, first runs and re-runs together.</summary>
    public int Runs { get; private set; }

    /// <summary>Runs after a failed one: what finished the fleets the faults left half done.</summary>
    public int ReRuns => Runs - Calls;

    public int CallsThatNeededReRuns { get; private set; }

    /// <summary>Names reported created (each by exactly one call, but for <see cref="TwinClaims"/>).</summary>
    public int CreatedClaims { get; private set; }

    /// <summary>Claims of one create by several calls, or by another process than the creator's, that sent the same request (see <c>twinSlack</c>).</summary>
    public List<string> TwinClaims { get; } = [];

    public SortedDictionary<string, int> FailureCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Failed runs whose exception was not typed (not an <c>AmazonLightsailException</c> nor a coded service error).
    /// Counted and printed, not a problem of the ensure's outcome: a re-run still has to finish the fleet.
    /// </summary>
    public List<string> Untyped { get; } = [];

    /// <param name="accessKeyOfProcess">When given, a name reported created must have been created with that call's process's key.</param>
    /// <param name="twinSlack">
    /// Set when creates were retried (a fault run). A name reported created by a call although another call, or another
    /// process's key, created it is then counted in <see cref="TwinClaims"/> instead of being a problem, provided the
    /// endpoint performed one create and reserved the name at most this long before the claiming run began.
    /// Overlapping fleets send the very same request for a name, and a retried create that meets "already in use"
    /// takes an identical instance stamped after its call started for its own (window 1 of docs/reliability.md,
    /// section 5); the client places that start within about a second plus one look-up's round trip, so the slack is
    /// a second plus twice the client's timeout. Without retries (null) any such claim is a problem.
    /// </param>
    public static EnsureLedger Reconcile(
        IReadOnlyDictionary<string, NameTruth> truth,
        IReadOnlyList<EnsureCallRecord> calls,
        IReadOnlyList<PlantedDrift> planted,
        IReadOnlyDictionary<string, string>? accessKeyOfProcess = null,
        TimeSpan? twinSlack = null)
    {
        var ledger = new EnsureLedger();
        var plantedByName = planted.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var requested = calls.SelectMany(c => c.Names).ToHashSet(StringComparer.Ordinal);
        var claims = new Dictionary<string, List<EnsureCallRecord>>(StringComparer.Ordinal);

        foreach (var call in calls)
        {
            ledger.Check(call, truth, plantedByName, claims, accessKeyOfProcess, twinSlack);
        }

        foreach (var (name, claimants) in claims.Where(c => c.Value.Count > 1))
        {
            var ids = string.Join(" and ", claimants.Select(c => c.CallId));
            if (truth.TryGetValue(name, out var state) && state.CreateOperations == 1 && claimants.All(c => MayBeTwin(c, state, twinSlack)))
            {
                ledger.TwinClaims.Add($"{name}: reported created by {ids}");
            }
            else
            {
                ledger.Problems.Add($"{name}: DUPLICATE, reported created by {ids}");
            }
        }

        foreach (var (name, state) in truth)
        {
            if (!requested.Contains(name) && !plantedByName.ContainsKey(name))
            {
                ledger.Problems.Add($"{name}: exists, but nobody asked for it");
            }

            if (state.CreateOperations != 1)
            {
                ledger.Problems.Add($"{name}: DUPLICATE, {state.CreateOperations} CreateInstance operations");
            }

            if (plantedByName.TryGetValue(name, out var drift) && drift.CreateOperationId != state.Instance.CreateOperationId)
            {
                ledger.Problems.Add($"{name}: REPLACED, the planted instance's create operation was {drift.CreateOperationId}, now {state.Instance.CreateOperationId}");
            }

            if (requested.Contains(name) && calls.Any(c => c.Succeeded && c.Names.Contains(name)))
            {
                ledger.CheckConverged(state);
            }
        }

        return ledger;
    }

    /// <summary>Whether the claimant's successful run began at most <paramref name="twinSlack"/> after the name was reserved.</summary>
    private static bool MayBeTwin(EnsureCallRecord claimant, NameTruth state, TimeSpan? twinSlack) =>
        twinSlack is { } slack && claimant.SucceededRunStartedUtc is { } started && state.Instance.ReservedAtUtc.UtcDateTime >= started - slack;

    private void Check(
        EnsureCallRecord call,
        IReadOnlyDictionary<string, NameTruth> truth,
        Dictionary<string, PlantedDrift> planted,
        Dictionary<string, List<EnsureCallRecord>> claims,
        IReadOnlyDictionary<string, string>? accessKeyOfProcess,
        TimeSpan? twinSlack)
    {
        Calls++;
        Runs += call.Runs;
        CallsThatNeededReRuns += call.Runs > 1 ? 1 : 0;
        foreach (var failure in call.Failures)
        {
            FailureCodes[failure] = FailureCodes.GetValueOrDefault(failure) + 1;
        }

        Untyped.AddRange(call.Untyped.Select(untyped => $"{call.CallId}: {untyped}"));

        if (!call.Succeeded)
        {
            Problems.Add($"{call.CallId}: DID NOT CONVERGE, {call.Runs} runs failed: {string.Join(", ", call.Failures)}");
            return;
        }

        Succeeded++;
        foreach (var name in call.Names)
        {
            var created = call.Created.Contains(name);
            var existing = call.Existing.Contains(name);
            if (created == existing)
            {
                Problems.Add($"{call.CallId}: {name} reported {(created ? "both created and existing" : "neither created nor existing")}");
            }

            if (!truth.TryGetValue(name, out var state))
            {
                Problems.Add($"{call.CallId}: LOST, succeeded but {name} does not exist");
                continue;
            }

            if (created)
            {
                CreatedClaims++;
                if (!claims.TryGetValue(name, out var claimants))
                {
                    claims[name] = claimants = [];
                }

                claimants.Add(call);
                if (planted.ContainsKey(name))
                {
                    Problems.Add($"{call.CallId}: reported the planted {name} as created by itself");
                }
                else if (accessKeyOfProcess != null && accessKeyOfProcess[call.Process] != state.Instance.CreatedByAccessKeyId)
                {
                    var claim = $"{call.CallId}: reported {name} created, but another process's key {state.Instance.CreatedByAccessKeyId} created it";
                    if (state.CreateOperations == 1 && MayBeTwin(call, state, twinSlack))
                    {
                        TwinClaims.Add(claim);
                    }
                    else
                    {
                        Problems.Add(claim);
                    }
                }
            }

            var needsReplacement = planted.TryGetValue(name, out var drift) && drift.NeedsReplacement;
            if (needsReplacement != call.Replacements.Contains(name))
            {
                Problems.Add($"{call.CallId}: {name} {(needsReplacement ? "needs a new instance (planted bundle), not reported" : "reported as needing a new instance, but matches")}");
            }
        }

        foreach (var stray in call.Created.Concat(call.Existing).Where(n => !call.Names.Contains(n)))
        {
            Problems.Add($"{call.CallId}: reported {stray}, which it did not ask for");
        }
    }

    private void CheckConverged(NameTruth state)
    {
        // Reconciled tags are exactly the desired ones: a planted extra key is removed, not kept.
        var desired = EnsureFleet.DesiredTags.Select(t => $"{t.Key}={t.Value}").Order(StringComparer.Ordinal);
        var actual = state.Instance.Tags.Select(t => $"{t.Key}={t.Value}").Order(StringComparer.Ordinal);
        if (!desired.SequenceEqual(actual))
        {
            Problems.Add($"{state.Name}: NOT CONVERGED, tags [{string.Join(", ", actual)}], desired [{string.Join(", ", desired)}]");
        }

        if (state.AutoSnapshotTime != EnsureFleet.SnapshotTime)
        {
            Problems.Add($"{state.Name}: NOT CONVERGED, AutoSnapshot {state.AutoSnapshotTime ?? "off"}, desired {EnsureFleet.SnapshotTime}");
        }
    }
}
