using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Worker;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// The ensure ledger on hand-made ground truth: it flags each thing the ensure tests forbid, so that "0 problems" from
/// a run means something.
/// </summary>
public sealed class EnsureLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 5, 0, 0, TimeSpan.Zero);

    private static KeyValuePair<string, string?>[] DesiredTags => [.. EnsureFleet.DesiredTags.Select(t => new KeyValuePair<string, string?>(t.Key, t.Value))];

    private static NameTruth Truth(string name, int creates = 1, string? snapshot = EnsureFleet.SnapshotTime, KeyValuePair<string, string?>[]? tags = null, string key = "KEY1", string? operation = null) =>
        new(new LocalInstance(name, tags ?? DesiredTags, T0, T0, key, "req-" + name, operation ?? "op-" + name), creates, "small_3_0", snapshot);

    private static Dictionary<string, NameTruth> World(params NameTruth[] truths) => truths.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static EnsureCallRecord Call(string id, string[] names, string[]? created = null, string[]? replacements = null, bool succeeded = true, string[]? untyped = null, string process = "p1", DateTimeOffset? started = null)
    {
        created ??= [];
        return new(id, process, names, succeeded ? 1 : 3, succeeded, succeeded ? created : [], succeeded ? [.. names.Except(created)] : [], replacements ?? [],
            succeeded ? [] : ["ServiceException:InternalFailure", "ServiceException:InternalFailure", "ServiceException:InternalFailure"], untyped ?? [],
            succeeded ? (started ?? T0).UtcDateTime : null);
    }

    [Fact]
    public void A_clean_run_with_overlapping_fleets_and_reported_drift_has_no_problems()
    {
        var ledger = EnsureLedger.Reconcile(
            World(Truth("a"), Truth("b"), Truth("old", operation: "op-planted")),
            [Call("c1", ["a", "b"], created: ["a"]), Call("c2", ["b", "old"], created: ["b"], replacements: ["old"]), Call("c3", ["a", "old"], replacements: ["old"])],
            [new PlantedDrift("old", "op-planted", NeedsReplacement: true)],
            new Dictionary<string, string> { ["p1"] = "KEY1" });

        Assert.Empty(ledger.Problems);
        Assert.Equal((3, 3, 2), (ledger.Calls, ledger.Succeeded, ledger.CreatedClaims));
    }

    [Fact]
    public void A_name_reported_created_by_two_calls_or_created_twice_is_a_duplicate()
    {
        var ledger = EnsureLedger.Reconcile(World(Truth("a"), Truth("b", creates: 2)), [Call("c1", ["a", "b"], created: ["a"]), Call("c2", ["a"], created: ["a"])], []);

        Assert.Contains(ledger.Problems, p => p.StartsWith("a: DUPLICATE, reported created by c1 and c2", StringComparison.Ordinal));
        Assert.Contains(ledger.Problems, p => p.StartsWith("b: DUPLICATE, 2 CreateInstance operations", StringComparison.Ordinal));
    }

    [Fact]
    public void Twin_claims_of_one_create_are_counted_when_creates_were_retried_but_never_over_two_creates_or_an_older_instance()
    {
        var ledger = EnsureLedger.Reconcile(
            World(Truth("a"), Truth("b", creates: 2), Truth("old")),
            [Call("c1", ["a", "b"], created: ["a", "b"]), Call("c2", ["a", "b"], created: ["a", "b"]), Call("c3", ["old"], created: ["old"]), Call("c4", ["old"], created: ["old"], started: T0.AddMinutes(1))],
            [],
            twinSlack: TimeSpan.FromSeconds(3));

        Assert.Equal(["a: reported created by c1 and c2"], ledger.TwinClaims);
        Assert.Contains("b: DUPLICATE, reported created by c1 and c2", ledger.Problems);
        Assert.Contains("old: DUPLICATE, reported created by c3 and c4", ledger.Problems);
    }

    [Fact]
    public void A_success_for_a_missing_name_a_stranger_and_an_unaccounted_name_are_problems()
    {
        var unaccounted = new EnsureCallRecord("c2", "p1", ["b"], 1, true, [], [], [], [], []);
        var ledger = EnsureLedger.Reconcile(World(Truth("stray"), Truth("b")), [Call("c1", ["a"], created: ["a"]), unaccounted], []);

        Assert.Contains("c1: LOST, succeeded but a does not exist", ledger.Problems);
        Assert.Contains("stray: exists, but nobody asked for it", ledger.Problems);
        Assert.Contains("c2: b reported neither created nor existing", ledger.Problems);
    }

    [Fact]
    public void A_replaced_or_claimed_planted_instance_is_a_problem()
    {
        var ledger = EnsureLedger.Reconcile(World(Truth("old", operation: "op-new")), [Call("c1", ["old"], created: ["old"])], [new PlantedDrift("old", "op-planted", NeedsReplacement: false)]);

        Assert.Contains(ledger.Problems, p => p.StartsWith("old: REPLACED", StringComparison.Ordinal));
        Assert.Contains("c1: reported the planted old as created by itself", ledger.Problems);
    }

    [Fact]
    public void Drift_that_needs_a_new_instance_must_be_reported_and_nothing_else()
    {
        var ledger = EnsureLedger.Reconcile(
            World(Truth("old", operation: "op-planted"), Truth("a")),
            [Call("c1", ["old", "a"], created: ["a"], replacements: ["a"])],
            [new PlantedDrift("old", "op-planted", NeedsReplacement: true)]);

        Assert.Contains("c1: old needs a new instance (planted bundle), not reported", ledger.Problems);
        Assert.Contains("c1: a reported as needing a new instance, but matches", ledger.Problems);
    }

    [Fact]
    public void Tags_and_AutoSnapshot_must_have_converged_on_every_ensured_name()
    {
        var ledger = EnsureLedger.Reconcile(
            World(Truth("a", snapshot: null), Truth("b", tags: [new("role", "db"), new("fleet", "ensure")]), Truth("c", tags: [.. DesiredTags, new("owner", "x")])),
            [Call("c1", ["a", "b", "c"], created: ["a", "b", "c"])],
            []);

        Assert.Contains("a: NOT CONVERGED, AutoSnapshot off, desired 06:00", ledger.Problems);
        Assert.Contains("b: NOT CONVERGED, tags [fleet=ensure, role=db], desired [fleet=ensure, role=web]", ledger.Problems);
        Assert.Contains("c: NOT CONVERGED, tags [fleet=ensure, owner=x, role=web], desired [fleet=ensure, role=web]", ledger.Problems);
    }

    [Fact]
    public void A_call_that_never_succeeded_is_a_problem_and_untyped_failures_are_counted()
    {
        var ledger = EnsureLedger.Reconcile(World(), [Call("c1", ["a"], succeeded: false), Call("c2", [], untyped: ["System.TimeoutException: slow"])], []);

        Assert.Contains(ledger.Problems, p => p.StartsWith("c1: DID NOT CONVERGE, 3 runs failed", StringComparison.Ordinal));
        Assert.Equal(["c2: System.TimeoutException: slow"], ledger.Untyped);
        Assert.Equal(2, ledger.ReRuns);
    }

    [Fact]
    public void A_name_created_with_another_processs_key_is_not_the_claimants_but_may_be_a_twin_when_creates_were_retried()
    {
        var keys = new Dictionary<string, string> { ["p1"] = "KEY1" };
        var strict = EnsureLedger.Reconcile(World(Truth("a", key: "KEY2")), [Call("c1", ["a"], created: ["a"])], [], keys);
        var faulted = EnsureLedger.Reconcile(World(Truth("a", key: "KEY2"), Truth("old", key: "KEY2")), [Call("c1", ["a"], created: ["a"]), Call("c2", ["old"], created: ["old"], started: T0.AddSeconds(4))], [], keys, TimeSpan.FromSeconds(3));

        Assert.Contains("c1: reported a created, but another process's key KEY2 created it", strict.Problems);
        Assert.Equal(["c1: reported a created, but another process's key KEY2 created it"], faulted.TwinClaims);
        Assert.Equal(["c2: reported old created, but another process's key KEY2 created it"], faulted.Problems);
    }
}
