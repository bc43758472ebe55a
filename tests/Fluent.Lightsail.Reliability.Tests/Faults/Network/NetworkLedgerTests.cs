using Fluent.Lightsail.Local;
using Fluent.Lightsail.Reliability.Worker;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// The ledger of the network fault test on hand-made ground truth: it must flag each thing the test forbids, and accept
/// a false failure only inside the documented window, so that "0 problems" from a run means something.
/// </summary>
public sealed class NetworkLedgerTests
{
    private static readonly DateTime T0 = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<string, string> Keys = new() { ["p1"] = "KEY1", ["p2"] = "KEY2" };

    private static LocalInstance Instance(string name, string owner, DateTime reserved, string key = "KEY1") =>
        new(name, [new(RunSettings.OwnerTagKey, owner)], reserved, reserved, key, "req-" + name, "op-" + name);

    private static CallRecord Success(string callId, string name, string process = "p1") =>
        new(callId, process, [name], T0, T0, true, true, [new NamedOperation(name, "op-" + name)], null, true, null, null, null);

    private static CallRecord Failure(string callId, string name, InstanceNameStatus? status, DateTime? checkedAt, bool typed = true) =>
        new(callId, "p1", [name], T0, T0, false, false, [], typed ? "Fluent.Lightsail.AmazonLightsailException" : "System.TimeoutException", typed, "RequestTimeout", "failed",
            status is { } s ? [new NameOutcomeRecord(name, s, checkedAt, null)] : null);

    [Fact]
    public void A_clean_run_has_no_problems()
    {
        var ledger = NetworkLedger.Reconcile(
            [Instance("a", "c1", T0)],
            [Success("c1", "a"), Failure("c2", "b", InstanceNameStatus.NotFound, T0)],
            Keys);

        Assert.Empty(ledger.Problems);
        Assert.Equal((1, 1, 0), (ledger.Succeeded, ledger.Failed, ledger.WindowFalseFailures));
    }

    [Fact]
    public void Claiming_another_calls_instance_is_a_problem_and_a_duplicate_when_both_report_it()
    {
        var ledger = NetworkLedger.Reconcile([Instance("shared", "c1", T0)], [Success("c1", "shared"), Success("c2", "shared")], Keys);

        Assert.Contains(ledger.Problems, p => p.StartsWith("c2: CLAIMED shared", StringComparison.Ordinal));
        Assert.Contains(ledger.Problems, p => p.StartsWith("shared: DUPLICATE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_success_for_a_missing_instance_and_an_instance_nobody_asked_for_are_problems()
    {
        var ledger = NetworkLedger.Reconcile([Instance("stray", "nobody", T0)], [Success("c1", "a")], Keys);

        Assert.Contains(ledger.Problems, p => p.Contains("FALSE SUCCESS", StringComparison.Ordinal));
        Assert.Contains(ledger.Problems, p => p.StartsWith("stray: exists, but no call asked for it", StringComparison.Ordinal));
    }

    [Fact]
    public void An_instance_created_with_another_processs_key_than_its_tag_says_is_a_problem()
    {
        var ledger = NetworkLedger.Reconcile([Instance("a", "c1", T0, key: "KEY2")], [Success("c1", "a")], Keys);

        Assert.Contains(ledger.Problems, p => p.Contains("created with access key KEY2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untyped_failure_is_a_problem()
    {
        var ledger = NetworkLedger.Reconcile([], [Failure("c1", "a", status: null, checkedAt: null, typed: false)], Keys);

        Assert.Contains(ledger.Problems, p => p.Contains("UNTYPED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_false_failure_counts_as_the_window_only_when_the_create_landed_after_the_last_look_up()
    {
        var landedLate = NetworkLedger.Reconcile([Instance("a", "c1", T0.AddSeconds(2))], [Failure("c1", "a", InstanceNameStatus.NotFound, T0.AddSeconds(1))], Keys);
        var seenThenFailed = NetworkLedger.Reconcile([Instance("a", "c1", T0)], [Failure("c1", "a", InstanceNameStatus.NotFound, T0.AddSeconds(1))], Keys);
        var neverChecked = NetworkLedger.Reconcile([Instance("a", "c1", T0)], [Failure("c1", "a", status: null, checkedAt: null)], Keys);
        var unknown = NetworkLedger.Reconcile([Instance("a", "c1", T0)], [Failure("c1", "a", InstanceNameStatus.Unknown, checkedAt: null)], Keys);

        Assert.Empty(landedLate.Problems);
        Assert.Equal(1, landedLate.WindowFalseFailures);
        Assert.Contains(seenThenFailed.Problems, p => p.Contains("FALSE FAILURE outside the window", StringComparison.Ordinal));
        Assert.Contains(neverChecked.Problems, p => p.Contains("FALSE FAILURE outside the window", StringComparison.Ordinal));
        Assert.Empty(unknown.Problems);
        Assert.Equal(1, unknown.UnknownFalseFailures);
    }

    [Fact]
    public void Per_name_outcomes_must_match_the_endpoint()
    {
        var ledger = NetworkLedger.Reconcile(
            [Instance("mine", "c1", T0), Instance("theirs", "c2", T0)],
            [
                Failure("c1", "theirs", InstanceNameStatus.CreatedByThisCall, T0) with
                {
                    Names = ["theirs", "mine"],
                    Outcomes = [new("theirs", InstanceNameStatus.CreatedByThisCall, T0, null), new("mine", InstanceNameStatus.ExistsNotOurs, T0, null)],
                },
                Success("c2", "theirs"),
            ],
            Keys);

        Assert.Contains(ledger.Problems, p => p.StartsWith("c1: CLAIMED theirs in its failure", StringComparison.Ordinal));
        Assert.Contains(ledger.Problems, p => p.StartsWith("c1: said mine exists and is not its own, but it is", StringComparison.Ordinal));
    }
}
