using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.Provisioning;

/// <summary>The printed plan: one summary, one line per name in request order, one per difference, the user-data note once.</summary>
public sealed class FleetPlanTextTests
{
    [Fact]
    public void The_plan_prints_each_name_with_its_sign_and_each_difference_indented()
    {
        var bundle = new InstanceDifference(InstanceDifferenceKind.Bundle, null, "medium_3_0", "small_3_0");
        var tag = new InstanceDifference(InstanceDifferenceKind.TagChanged, "role", "api", "web");
        var plan = new FleetPlan(
            new CreateInstancesRequest { InstanceNames = ["b", "a", "c"] },
            [new InstancePlan("b", null, []), new InstancePlan("a", new Instance { Name = "a" }, [bundle, tag]), new InstancePlan("c", new Instance { Name = "c" }, [])]);

        Assert.Equal(
            string.Join("\n", "Plan: 1 to create, 1 drifted, 1 up to date.", "+ b (create)", "~ a (drifted)", "    " + bundle, "    " + tag, "= c (up to date)"),
            plan.ToString());
        Assert.Equal("bundle: medium_3_0 -> small_3_0 (needs a new instance)", bundle.ToString());
        Assert.Equal("tag \"role\": \"api\" -> \"web\" (in place)", tag.ToString());
    }

    [Fact]
    public void The_user_data_note_appears_once_and_only_when_an_existing_instance_could_have_other_user_data()
    {
        var request = new CreateInstancesRequest { InstanceNames = ["a", "b"], UserData = "#!/bin/sh\n" };
        var existing = new FleetPlan(request, [new InstancePlan("a", new Instance { Name = "a" }, []), new InstancePlan("b", new Instance { Name = "b" }, [])]);
        var allNew = new FleetPlan(request, [new InstancePlan("a", null, []), new InstancePlan("b", null, [])]);

        Assert.Single(existing.ToString().Split('\n'), line => line.Contains("user data", StringComparison.Ordinal));
        Assert.DoesNotContain("user data", allNew.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_on_and_tag_differences_read_as_on_off_added_and_removed()
    {
        Assert.Equal("AutoSnapshot: off -> on (at 06:00) (in place)", new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, "AutoSnapshot", null, "at 06:00").ToString());
        Assert.Equal("AutoSnapshot: on (at 04:00) -> off (in place)", new InstanceDifference(InstanceDifferenceKind.AddOnDisabled, "AutoSnapshot", "at 04:00", null).ToString());
        Assert.Equal("AutoSnapshot: at 04:00 -> at 06:00 (in place)", new InstanceDifference(InstanceDifferenceKind.AddOnChanged, "AutoSnapshot", "at 04:00", "at 06:00").ToString());
        Assert.Equal("tag \"backup\": added (no value) (in place)", new InstanceDifference(InstanceDifferenceKind.TagAdded, "backup", null, null).ToString());
        Assert.Equal("tag \"team\": \"core\" removed (in place)", new InstanceDifference(InstanceDifferenceKind.TagRemoved, "team", "core", null).ToString());
    }

    [Fact]
    public void A_name_without_an_instance_cannot_have_differences()
    {
        Assert.Throws<ArgumentException>(() => new InstancePlan("a", null, [new InstanceDifference(InstanceDifferenceKind.Bundle, null, "x", "y")]));
    }
}
