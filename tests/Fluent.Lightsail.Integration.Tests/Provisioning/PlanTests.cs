using Fluent.Lightsail.Integration.Tests.Provisioning.Support;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning;

/// <summary>
/// <c>PlanInstancesAsync</c> against the local endpoint: Create, UpToDate and Drifted with every kind of difference,
/// reading few names one by one and many page by page, the printed diff, and validation before any request.
/// </summary>
public sealed class PlanTests : LocalFleet
{
    [Fact]
    public async Task A_fleet_nobody_created_is_all_Create_and_the_plan_changes_nothing()
    {
        var plan = await Client.PlanInstancesAsync(Desired("web-1", "web-2"));

        Assert.Equal(["web-1", "web-2"], plan.ToCreate);
        Assert.All(plan.Instances, instance => Assert.Equal((InstancePlanAction.Create, null), (instance.Action, instance.Existing)));
        Assert.Empty(plan.Instances.SelectMany(instance => instance.Differences));
        Assert.False(plan.IsUpToDate);
        Assert.Equal(0, Server.Stats.Count("CreateInstances"));
        Assert.Empty(Server.InstanceNames);
    }

    [Fact]
    public async Task Instances_created_from_the_same_request_are_UpToDate()
    {
        await CreateDirectlyAsync(Desired("web-1", "web-2"));

        var plan = await Client.PlanInstancesAsync(Desired("web-1", "web-2"));

        Assert.True(plan.IsUpToDate);
        Assert.Equal(["web-1", "web-2"], plan.UpToDate);
        Assert.All(plan.Instances, instance => Assert.Equal("web", instance.Existing!.Tags!.Single(t => t.Key == "role").Value));
    }

    [Fact]
    public async Task Every_difference_is_reported_current_value_first()
    {
        // Another tool made web-1 with other values for every member a plan compares.
        await CreateDirectlyAsync(new CreateInstancesRequest
        {
            InstanceNames = ["web-1"],
            AvailabilityZone = "us-east-1b",
            BlueprintId = Blueprints.Debian12,
            BundleId = Bundles.Medium3_0,
            IpAddressType = IpAddressType.Ipv4,
            Tags = [new Tag { Key = "role", Value = "api" }, new Tag { Key = "team", Value = "core" }],
        });
        // web-2 matches but for its add-on: AutoSnapshot at another time. web-3 has no AutoSnapshot at all.
        var other = Desired("web-2");
        other.AddOns![0].AutoSnapshotAddOnRequest!.SnapshotTimeOfDay = "04:00";
        await CreateDirectlyAsync(other);
        var noSnapshot = Desired("web-3");
        noSnapshot.AddOns = [];
        await CreateDirectlyAsync(noSnapshot);

        var plan = await Client.PlanInstancesAsync(Desired("web-1", "web-2", "web-3"));

        Assert.Equal(["web-1", "web-2", "web-3"], plan.Drifted);
        Assert.Equal(
            [
                new InstanceDifference(InstanceDifferenceKind.Blueprint, null, Blueprints.Debian12, Blueprints.Ubuntu24_04),
                new InstanceDifference(InstanceDifferenceKind.Bundle, null, Bundles.Medium3_0, Bundles.Small3_0),
                new InstanceDifference(InstanceDifferenceKind.AvailabilityZone, null, "us-east-1b", "us-east-1a"),
                new InstanceDifference(InstanceDifferenceKind.KeyPair, null, "LightsailDefaultKeyPair", "deploy"),
                new InstanceDifference(InstanceDifferenceKind.IpAddressType, null, "ipv4", "dualstack"),
                new InstanceDifference(InstanceDifferenceKind.TagAdded, "backup", null, null),
                new InstanceDifference(InstanceDifferenceKind.TagAdded, "owner", null, "platform"),
                new InstanceDifference(InstanceDifferenceKind.TagChanged, "role", "api", "web"),
                new InstanceDifference(InstanceDifferenceKind.TagRemoved, "team", "core", null),
                new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, "AutoSnapshot", null, "at 06:00"),
            ],
            plan["web-1"].Differences);
        Assert.Equal([new InstanceDifference(InstanceDifferenceKind.AddOnChanged, "AutoSnapshot", "at 04:00", "at 06:00")], plan["web-2"].Differences);
        Assert.Equal([new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, "AutoSnapshot", null, "at 06:00")], plan["web-3"].Differences);
        Assert.Equal([InstanceDifferenceKind.Blueprint, InstanceDifferenceKind.Bundle, InstanceDifferenceKind.AvailabilityZone, InstanceDifferenceKind.KeyPair],
            plan["web-1"].ReplacementDifferences.Select(d => d.Kind));
    }

    [Fact]
    public async Task An_add_on_the_request_does_not_ask_for_is_reported_as_turned_off()
    {
        await CreateDirectlyAsync(Desired("web-1"));
        var withoutSnapshot = Desired("web-1");
        withoutSnapshot.AddOns = [];

        var plan = await Client.PlanInstancesAsync(withoutSnapshot);

        Assert.Equal([new InstanceDifference(InstanceDifferenceKind.AddOnDisabled, "AutoSnapshot", "at 06:00", null)], plan["web-1"].Differences);
    }

    [Fact]
    public async Task The_printed_plan_has_one_line_per_name_and_per_difference_and_says_once_that_user_data_is_not_compared()
    {
        await CreateDirectlyAsync(Desired("web-1"));
        var drifted = Desired("web-2");
        drifted.Tags!.RemoveAll(tag => tag.Key == "owner");
        drifted.BundleId = Bundles.Medium3_0;
        await CreateDirectlyAsync(drifted);

        var plan = await Client.PlanInstancesAsync(Desired("web-1", "web-2", "web-3"));
        var differences = plan["web-2"].Differences;

        Assert.Equal(2, differences.Count);
        Assert.Equal(
            string.Join("\n",
            [
                "Plan: 1 to create, 1 drifted, 1 up to date.",
                "= web-1 (up to date)",
                "~ web-2 (drifted)",
                $"    bundle: {Bundles.Medium3_0} -> {Bundles.Small3_0} (needs a new instance)",
                "    tag \"owner\": added \"platform\" (in place)",
                "+ web-3 (create)",
                "note: user data is not compared: Lightsail does not return an instance's user data.",
            ]),
            plan.ToString());
        Assert.Equal(plan.ToString(), (await Client.PlanInstancesAsync(Desired("web-1", "web-2", "web-3"))).ToString());
    }

    [Fact]
    public async Task A_few_names_are_read_one_by_one_and_a_fleet_page_by_page_until_every_name_is_found()
    {
        await CreateDirectlyAsync(Desired("a-1", "a-2", "a-3", "a-4", "a-5", "a-6"));
        await CreateDirectlyAsync(Desired("z-1", "z-2"));

        await Client.PlanInstancesAsync(Desired("a-1", "a-2"));
        var few = (Server.Stats.Count("GetInstance"), Server.Stats.Count("GetInstances"));
        Server.Stats.Reset();
        var fleet = await Client.PlanInstancesAsync(Desired("a-1", "a-2", "a-3", "a-4", "a-5"));
        var many = (Server.Stats.Count("GetInstance"), Server.Stats.Count("GetInstances"));

        Assert.Equal((2, 0), few);
        // Five names in pages of two, oldest first: the third page has a-5, so the walk stops before z-1 and z-2.
        Assert.Equal((0, 3), many);
        Assert.True(fleet.IsUpToDate);
    }

    [Fact]
    public async Task A_name_missing_from_a_paged_read_is_planned_for_creation()
    {
        await CreateDirectlyAsync(Desired("a-1", "a-2", "a-3", "a-4", "a-5"));

        var plan = await Client.PlanInstancesAsync(Desired("a-1", "a-2", "a-3", "a-4", "new-1"));

        Assert.Equal(["new-1"], plan.ToCreate);
        Assert.Equal(3, Server.Stats.Count("GetInstances"));
    }

    [Fact]
    public async Task An_invalid_request_is_refused_with_every_violation_before_any_request()
    {
        // Built valid, then changed by hand: the request a program assembles from data it reads at run time.
        var invalid = Desired("web-1", "web-2");
        invalid.InstanceNames![1] = "web 2";
        invalid.AvailabilityZone = "us-east-1";
        invalid.Tags!.Add(new Tag { Key = "aws:owner", Value = "x" });
        Server.Stats.Reset();

        var refused = await Assert.ThrowsAsync<LightsailValidationException>(() => Client.PlanInstancesAsync(invalid));

        Assert.True(refused.Errors.Count() >= 3, refused.Message);
        Assert.Contains(refused.Errors, violation => violation.Member.Contains("instanceNames", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(refused.Errors, violation => violation.Member.Contains("availabilityZone", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(refused.Errors, violation => violation.Member.Contains("tags", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, Server.Stats.Total);
    }
}
