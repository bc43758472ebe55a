using Fluent.Lightsail.Integration.Tests.Provisioning.Support;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning;

/// <summary>
/// <c>WaitUntilInstancesReadyAsync</c> against the local endpoint, whose instances get their address
/// <see cref="LocalFleet.PublicIpDelay"/> after <c>running</c>: progress per instance across that gap, IPv6-only
/// instances, and the typed ends (failed create, stopping, disappeared, never existed, timeout, cancellation).
/// </summary>
public sealed class ReadyTests : LocalFleet
{
    [Fact]
    public async Task The_wait_covers_the_gap_between_running_and_the_public_address()
    {
        var start = Clock.GetUtcNow();
        var ensured = await Client.EnsureInstancesAsync(Desired("web-1", "web-2"));
        var progress = new RecordingProgress();

        var ready = await ensured.WaitUntilReadyAsync(Client, AdvancingClock(progress));

        Assert.Equal(["web-1", "web-2"], ready.Select(r => r.Name));
        foreach (var instance in ready)
        {
            var read = await InstanceAsync(instance.Name);
            Assert.Equal(read.PublicIpAddress, instance.Address);
            Assert.Equal("running", instance.Instance.State!.Name);
            var seen = progress.Of(instance.Name);
            // Every change reported once, in order: pending, running without an address, running with it.
            Assert.Equal(
                [("pending", null, false), ("running", null, false), ("running", read.PublicIpAddress, true)],
                seen.Select(r => (r.State, r.PublicIpAddress, r.IsReady)));
        }

        // Only the waits move the clock: ready at the first poll after OperationDelay (running) plus PublicIpDelay (address).
        Assert.Equal(OperationDelay + PublicIpDelay, Clock.GetUtcNow() - start);
    }

    [Fact]
    public async Task An_ipv6_only_instance_is_ready_with_its_IPv6_address()
    {
        var desired = Desired("v6-1");
        desired.IpAddressType = IpAddressType.Ipv6;
        desired.BundleId = Bundles.SmallIpv6_3_0;
        await Client.EnsureInstancesAsync(desired);

        var ready = Assert.Single(await Client.WaitUntilInstancesReadyAsync(["v6-1"], AdvancingClock()));

        Assert.Null(ready.PublicIpAddress);
        Assert.Equal((await InstanceAsync("v6-1")).Ipv6Addresses!.Single(), ready.Address);
        Assert.StartsWith("2001:db8:", ready.Address);
    }

    [Fact]
    public async Task A_failed_create_surfaces_as_InstanceFailedException_with_the_state_seen()
    {
        Server.Faults.Enqueue(Fault.OperationFailure("InstanceLaunchFailure", "No capacity in the zone.").For("CreateInstances"));
        await Client.EnsureInstancesAsync(Desired("web-1"));

        var failed = await Assert.ThrowsAsync<InstanceFailedException>(() => Client.WaitUntilInstancesReadyAsync(["web-1"], AdvancingClock()));

        Assert.Equal(("web-1", "pending"), (failed.InstanceName, failed.StateSeen));
        Assert.Equal(("InstanceLaunchFailure", "No capacity in the zone."), (failed.Operation.ErrorCode, failed.Operation.ErrorDetails));
        Assert.Contains("web-1", failed.Message);
        Assert.Contains("InstanceLaunchFailure", failed.Message);
    }

    [Fact]
    public async Task A_failed_in_place_change_of_an_ensure_ends_its_wait_with_InstanceFailedException()
    {
        var drifted = Desired("web-1");
        drifted.Tags!.RemoveAll(tag => tag.Key == "owner");
        await CreateDirectlyAsync(drifted);
        Server.Faults.Enqueue(Fault.OperationFailure("TagFailure", "Tags are read-only right now.").For("TagResource"));
        var ensured = await Client.EnsureInstancesAsync(Desired("web-1"), new EnsureOptions { ReconcileTags = true });

        var failed = await Assert.ThrowsAsync<InstanceFailedException>(() => ensured.WaitUntilReadyAsync(Client, AdvancingClock()));

        Assert.Equal(("web-1", "running"), (failed.InstanceName, failed.StateSeen));
        Assert.Equal(("TagResource", "TagFailure"), (failed.Operation.OperationType!.Value, failed.Operation.ErrorCode));
        Assert.Contains("keeps its old value", failed.Message);
        Assert.DoesNotContain((await InstanceAsync("web-1")).Tags!, tag => tag.Key == "owner");
    }

    [Fact]
    public async Task An_ensure_waits_for_its_in_place_changes_to_end()
    {
        var drifted = Desired("web-1");
        drifted.AddOns = [];
        await CreateDirectlyAsync(drifted);
        var ensured = await Client.EnsureInstancesAsync(Desired("web-1"), new EnsureOptions { ReconcileAddOns = true });
        var change = Assert.Single(Assert.Single(ensured.Changes).Operations);
        var start = Clock.GetUtcNow();

        await ensured.WaitUntilReadyAsync(Client, AdvancingClock());
        var ended = (await Client.GetOperationAsync(new GetOperationRequest { OperationId = change.Id })).Operation!;

        // The instance was ready at once; the wait went on until the EnableAddOn operation had succeeded.
        Assert.Same(OperationStatus.Succeeded, ended.Status);
        Assert.Equal(OperationDelay, Clock.GetUtcNow() - start);
    }

    [Fact]
    public async Task An_instance_being_deleted_surfaces_as_InstanceStoppedException()
    {
        await CreateDirectlyAsync(Desired("web-1"));
        await Client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" });

        var stopped = await Assert.ThrowsAsync<InstanceStoppedException>(() => Client.WaitUntilInstancesReadyAsync(["web-1"], AdvancingClock()));

        Assert.Equal(("web-1", "shutting-down"), (stopped.InstanceName, stopped.StateSeen));
    }

    [Fact]
    public async Task An_instance_that_disappears_during_the_wait_surfaces_as_InstanceDisappearedException()
    {
        await Client.EnsureInstancesAsync(Desired("web-1"));
        var options = AdvancingClock();
        var polls = 0;
        options.Delay = async (delay, _) =>
        {
            Clock.Advance(delay);
            if (++polls == 11)
            {
                // Running now, without an address yet: deleted by someone else before the next read.
                await Client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceName = "web-1" });
                Clock.Advance(OperationDelay);
            }
        };

        var gone = await Assert.ThrowsAsync<InstanceDisappearedException>(() => Client.WaitUntilInstancesReadyAsync(["web-1"], options));

        Assert.Equal(("web-1", "running"), (gone.InstanceName, gone.StateSeen));
    }

    [Fact]
    public async Task A_name_that_never_existed_surfaces_as_InstanceDisappearedException_without_a_state()
    {
        var missing = await Assert.ThrowsAsync<InstanceDisappearedException>(() => Client.WaitUntilInstancesReadyAsync(["nobody-1"], AdvancingClock()));

        Assert.Equal(("nobody-1", null), (missing.InstanceName, missing.StateSeen));
    }

    [Fact]
    public async Task The_timeout_lists_every_instance_not_ready_with_its_last_state()
    {
        await Client.EnsureInstancesAsync(Desired("web-1", "web-2"));
        var progress = new RecordingProgress();
        var options = new ReadyOptions
        {
            Progress = progress,
            Timeout = TimeSpan.FromSeconds(1),
            // The endpoint's clock never moves, so the instances stay pending however long the machine takes.
            Delay = (_, cancellationToken) => Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken),
        };

        var timedOut = await Assert.ThrowsAsync<InstancesNotReadyException>(() => Client.WaitUntilInstancesReadyAsync(["web-1", "web-2"], options));

        // What the wait last saw of each: its report, or nothing when a busy machine timed out the first read.
        var lastSeen = new[] { "web-1", "web-2" }.Select(name => progress.Of(name).LastOrDefault() ?? new InstanceReadiness(name, null, null, null, false)).ToList();
        Assert.Equal(lastSeen, timedOut.NotReady);
        Assert.All(lastSeen, seen => Assert.Contains(seen.ToString(), timedOut.Message));
        Assert.All(progress.Of("web-1").Concat(progress.Of("web-2")), seen => Assert.Equal("pending", seen.State));
        Assert.Equal(TimeSpan.FromSeconds(1), timedOut.Timeout);
    }

    [Fact]
    public async Task Cancellation_ends_the_wait_with_OperationCanceledException()
    {
        await Client.EnsureInstancesAsync(Desired("web-1"));
        using var cancellation = new CancellationTokenSource();
        var options = new ReadyOptions
        {
            Progress = new InlineProgress(_ => cancellation.Cancel()),
            PollInterval = TimeSpan.FromMinutes(10),
            Timeout = null,
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.WaitUntilInstancesReadyAsync(["web-1"], options, cancellation.Token));
    }

    /// <summary>Records every report, in order, on the reporting thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class RecordingProgress : IProgress<InstanceReadiness>
    {
        private readonly List<InstanceReadiness> reports = [];

        public void Report(InstanceReadiness value) => reports.Add(value);

        public List<InstanceReadiness> Of(string name) => reports.Where(r => r.Name == name).ToList();
    }

    private sealed class InlineProgress(Action<InstanceReadiness> report) : IProgress<InstanceReadiness>
    {
        public void Report(InstanceReadiness value) => report(value);
    }
}
