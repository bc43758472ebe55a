using Fluent.Lightsail.Integration.Tests.Provisioning.Support;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning;

/// <summary>
/// An ensure cancelled at any of its calls, before the call is sent or after its work is done, leaves a state that a
/// re-run of the same ensure finishes: every name created exactly once, every in-place change made, nothing left to do.
/// </summary>
public sealed class CancellationTests : LocalFleet
{
    public static TheoryData<bool> Moments => new() { false, true };

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task An_ensure_cancelled_at_any_call_is_finished_by_a_re_run(bool afterTheAnswer)
    {
        var names = new[] { "web-1", "web-2", "web-3" };
        var callsOfAFullRun = await CallsOfAnUncancelledRunAsync(names);
        Assert.True(callsOfAFullRun >= 6, $"the ensure made {callsOfAFullRun} calls: reads, one create and the in-place changes");

        for (var cancelAt = 1; cancelAt <= callsOfAFullRun; cancelAt++)
        {
            var prefix = $"c{cancelAt}{(afterTheAnswer ? "a" : "b")}-";
            var fleet = names.Select(name => prefix + name).ToArray();
            await ArrangeAsync(fleet);
            using var cancellation = new CancellationTokenSource();
            using var cancelling = new CancellingClient(Credentials(), Config(), cancellation, cancelAt, afterTheAnswer);

            var outcome = await Record.ExceptionAsync(() => cancelling.EnsureInstancesAsync(Desired(fleet), EnsureOptions.ReconcileAll(), cancellation.Token));
            var rerun = await Client.EnsureInstancesAsync(Desired(fleet), EnsureOptions.ReconcileAll());
            Clock.Advance(OperationDelay);
            var after = await Client.PlanInstancesAsync(Desired(fleet));

            // Cancelled after the last answer, the ensure may finish: then the re-run has nothing to do.
            Assert.True(outcome is null or OperationCanceledException, $"cancelled at call {cancelAt}: {outcome}");
            Assert.True(after.IsUpToDate, $"cancelled at call {cancelAt} ({(afterTheAnswer ? "after" : "before")} it), the re-run left:\n{after}");
            foreach (var name in fleet)
            {
                Assert.Equal(1, await CreateOperationCountAsync(name));
            }

            Assert.Empty(rerun.Drift);
        }
    }

    /// <summary>The fleet's first name exists with drift, the others are missing: an ensure reads, creates and changes.</summary>
    private async Task ArrangeAsync(string[] fleet)
    {
        var drifted = Desired(fleet[0]);
        drifted.Tags!.RemoveAll(tag => tag.Key == "owner");
        drifted.Tags.Add(new Tag { Key = "team", Value = "core" });
        drifted.AddOns = [];
        await CreateDirectlyAsync(drifted);
    }

    private async Task<int> CallsOfAnUncancelledRunAsync(string[] names)
    {
        var fleet = names.Select(name => "full-" + name).ToArray();
        await ArrangeAsync(fleet);
        using var never = new CancellationTokenSource();
        using var counting = new CancellingClient(Credentials(), Config(), never, cancelAtCall: 0, afterTheAnswer: false);
        await counting.EnsureInstancesAsync(Desired(fleet), EnsureOptions.ReconcileAll(), never.Token);
        return counting.Calls;
    }
}
