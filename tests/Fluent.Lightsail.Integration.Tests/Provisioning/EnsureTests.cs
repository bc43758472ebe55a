using Fluent.Lightsail.Integration.Tests.Provisioning.Support;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning;

/// <summary>
/// <c>EnsureInstancesAsync</c> against the local endpoint: only missing names are created, in one call; a re-run
/// changes nothing; drift is reported and, when asked, reconciled in place; a name another caller takes between the
/// read and the create counts as existing (or drifted); nothing is sent for an invalid request.
/// </summary>
public sealed class EnsureTests : LocalFleet
{
    [Fact]
    public async Task A_partly_existing_fleet_gets_only_its_missing_names_in_one_CreateInstances()
    {
        await CreateDirectlyAsync(Desired("web-2"));
        Server.Stats.Reset();

        var result = await Client.EnsureInstancesAsync(Desired("web-1", "web-2", "web-3"));

        Assert.Equal(["web-1", "web-3"], result.Created);
        Assert.Equal(["web-2"], result.AlreadyExisted);
        Assert.Equal(["web-1", "web-3"], result.CreateOperations.Select(o => o.ResourceName));
        Assert.Equal(1, Server.Stats.Count("CreateInstances"));
        Assert.Equal(["web-1", "web-2", "web-3"], Server.InstanceNames.Order());
        var createCounts = await Task.WhenAll(new[] { "web-1", "web-2", "web-3" }.Select(CreateOperationCountAsync));
        Assert.Equal([1, 1, 1], createCounts);
        Assert.Equal([InstancePlanAction.Create, InstancePlanAction.UpToDate, InstancePlanAction.Create], result.Plan.Instances.Select(p => p.Action));
        Assert.Empty(result.Drift);
    }

    [Fact]
    public async Task Ensuring_the_same_fleet_again_changes_nothing_and_sends_no_change()
    {
        await Client.EnsureInstancesAsync(Desired("web-1", "web-2"));
        Clock.Advance(OperationDelay);
        Server.Stats.Reset();

        var again = await Client.EnsureInstancesAsync(Desired("web-1", "web-2"), EnsureOptions.ReconcileAll());

        Assert.True(again.ChangedNothing);
        Assert.True(again.Plan.IsUpToDate);
        Assert.Equal(["web-1", "web-2"], again.AlreadyExisted);
        Assert.Equal(["GetInstance"], Server.Stats.ByOperation.Keys);
    }

    [Fact]
    public async Task By_default_drift_is_only_reported_and_the_instance_is_left_as_it_is()
    {
        await CreateDirectlyAsync(DriftedWeb1());
        var before = await InstanceAsync("web-1");
        Server.Stats.Reset();

        var result = await Client.EnsureInstancesAsync(Desired("web-1"));
        var after = await InstanceAsync("web-1");

        var drift = Assert.Single(result.Drift);
        Assert.Equal(result.Plan["web-1"].Differences, drift.Differences);
        Assert.Empty(result.Changes);
        Assert.Empty(result.Created);
        Assert.Equal(["GetInstance", "GetInstance"], Server.Stats.Requests.Select(r => r.Operation));
        Assert.Equal(Tags(before), Tags(after));
        Assert.Equal(before.IpAddressType, after.IpAddressType);
    }

    [Fact]
    public async Task Reconciling_changes_tags_add_ons_and_IP_address_type_in_place_and_still_reports_what_needs_a_new_instance()
    {
        await CreateDirectlyAsync(DriftedWeb1());

        var result = await Client.EnsureInstancesAsync(Desired("web-1"), EnsureOptions.ReconcileAll());
        Clock.Advance(OperationDelay);
        var after = await InstanceAsync("web-1");
        var replan = await Client.PlanInstancesAsync(Desired("web-1"));

        Assert.Equal(
            result.Plan["web-1"].InPlaceDifferences,
            result.Changes.SelectMany(change => change.Differences).OrderBy(d => result.Plan["web-1"].Differences.ToList().IndexOf(d)));
        Assert.Equal(["TagResource", "UntagResource", "EnableAddOn", "SetIpAddressType"],
            result.Changes.SelectMany(change => change.Operations).Select(o => o.OperationType!.Value));
        Assert.Equal([("backup", null), ("owner", "platform"), ("role", "web")], Tags(after).OrderBy(t => t.Item1));
        Assert.Equal("06:00", Assert.Single(after.AddOns!).SnapshotTimeOfDay);
        Assert.Same(IpAddressType.Dualstack, after.IpAddressType);
        var drift = Assert.Single(result.Drift);
        Assert.Equal([InstanceDifferenceKind.Bundle, InstanceDifferenceKind.KeyPair], drift.Differences.Select(d => d.Kind));
        Assert.Equal(drift.Differences, replan["web-1"].Differences);
    }

    [Fact]
    public async Task Only_the_kinds_asked_for_are_reconciled()
    {
        await CreateDirectlyAsync(DriftedWeb1());

        var result = await Client.EnsureInstancesAsync(Desired("web-1"), new EnsureOptions { ReconcileAddOns = true });

        var change = Assert.Single(result.Changes);
        Assert.Equal([InstanceDifferenceKind.AddOnEnabled], change.Differences.Select(d => d.Kind));
        Assert.Contains(result.Drift.Single().Differences, d => d.Kind == InstanceDifferenceKind.TagChanged);
        Assert.Equal("api", (await InstanceAsync("web-1")).Tags!.Single(t => t.Key == "role").Value);
    }

    [Fact]
    public async Task A_matching_instance_another_caller_creates_first_counts_as_existing_and_is_created_once()
    {
        using var other = NewClient();
        using var racing = new InterceptedClient(Credentials(), Config(), async request =>
        {
            if (!Server.InstanceNames.Contains("web-2"))
            {
                await other.CreateInstancesAsync(Desired("web-2"));
            }
        });

        var result = await racing.EnsureInstancesAsync(Desired("web-1", "web-2", "web-3"));

        Assert.Equal(["web-1", "web-3"], result.Created);
        Assert.Equal(["web-2"], result.AlreadyExisted);
        Assert.Equal([InstancePlanAction.Create, InstancePlanAction.Create, InstancePlanAction.Create], result.Plan.Instances.Select(p => p.Action));
        Assert.Empty(result.Drift);
        var createCounts = await Task.WhenAll(new[] { "web-1", "web-2", "web-3" }.Select(CreateOperationCountAsync));
        Assert.Equal([1, 1, 1], createCounts);
    }

    [Fact]
    public async Task A_mismatching_instance_another_caller_creates_first_is_reported_as_drift()
    {
        using var other = NewClient();
        using var racing = new InterceptedClient(Credentials(), Config(), async request =>
        {
            if (!Server.InstanceNames.Contains("web-2"))
            {
                var mismatching = Desired("web-2");
                mismatching.BundleId = Bundles.Medium3_0;
                await other.CreateInstancesAsync(mismatching);
            }
        });

        var result = await racing.EnsureInstancesAsync(Desired("web-1", "web-2"), EnsureOptions.ReconcileAll());

        Assert.Equal(["web-1"], result.Created);
        Assert.Equal(["web-2"], result.AlreadyExisted);
        Assert.Equal([new InstanceDifference(InstanceDifferenceKind.Bundle, null, Bundles.Medium3_0, Bundles.Small3_0)], Assert.Single(result.Drift).Differences);
        Assert.Equal(Bundles.Medium3_0, (await InstanceAsync("web-2")).BundleId);
    }

    [Fact]
    public async Task Two_callers_ensuring_overlapping_fleets_at_once_create_each_name_exactly_once()
    {
        using var second = NewClient();

        var results = await Task.WhenAll(
            Client.EnsureInstancesAsync(Desired("n-1", "n-2", "n-3", "n-4")),
            second.EnsureInstancesAsync(Desired("n-3", "n-4", "n-5", "n-6")));

        var names = new[] { "n-1", "n-2", "n-3", "n-4", "n-5", "n-6" };
        Assert.Equal(names, Server.InstanceNames.Order());
        Assert.All(await Task.WhenAll(names.Select(CreateOperationCountAsync)), count => Assert.Equal(1, count));
        Assert.Equal(names, results.SelectMany(r => r.Created).Order());
        Assert.All(results, r => Assert.Empty(r.Drift));
    }

    [Fact]
    public async Task An_invalid_request_sends_nothing()
    {
        var invalid = Desired("web-1");
        invalid.AvailabilityZone = "us-east-1";
        Server.Stats.Reset();

        await Assert.ThrowsAsync<LightsailValidationException>(() => Client.EnsureInstancesAsync(invalid, EnsureOptions.ReconcileAll()));

        Assert.Equal(0, Server.Stats.Total);
    }

    [Fact]
    public async Task A_refusal_by_the_service_surfaces_typed_and_a_re_run_finishes_the_fleet()
    {
        Server.Faults.Enqueue(Fluent.Lightsail.Local.Fault.InternalError.For("CreateInstances").Times(5));
        using var noRetries = new LightsailClient(Credentials(), new LightsailClientConfig { ServiceURL = Server.Endpoint.ToString(), AuthenticationRegion = Server.Region, MaxErrorRetry = 0 });

        await Assert.ThrowsAnyAsync<AmazonLightsailException>(() => noRetries.EnsureInstancesAsync(Desired("web-1", "web-2")));
        Server.Faults.Clear();
        var rerun = await noRetries.EnsureInstancesAsync(Desired("web-1", "web-2"));

        Assert.Equal(["web-1", "web-2"], rerun.Created);
        var createCounts = await Task.WhenAll(new[] { "web-1", "web-2" }.Select(CreateOperationCountAsync));
        Assert.Equal([1, 1], createCounts);
    }

    /// <summary>web-1 as another tool made it: another bundle, the default key pair, IPv4 only, other tags, no AutoSnapshot.</summary>
    private static CreateInstancesRequest DriftedWeb1() => new()
    {
        InstanceNames = ["web-1"],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Medium3_0,
        IpAddressType = IpAddressType.Ipv4,
        Tags = [new Tag { Key = "role", Value = "api" }, new Tag { Key = "team", Value = "core" }],
    };

    private static List<(string?, string?)> Tags(Instance instance) => instance.Tags!.Select(t => (t.Key, t.Value)).ToList();
}
