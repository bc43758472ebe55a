using Fluent.Lightsail.Building;

namespace Fluent.Lightsail.Tests.Building;

/// <summary>The builder's state is an immutable value: stages can be kept, reused and branched without affecting each other.</summary>
public sealed class InstanceBuilderStateTests
{
    private static readonly InstanceTemplateValues Web = new(
        "Web",
        availabilityZone: "us-east-2a",
        blueprintId: Blueprints.Ubuntu24_04,
        bundleId: Bundles.Small3_0,
        autoSnapshot: new AutoSnapshotAddOn("06:00"),
        tags: [new("role", "web"), new("env", "staging")]);

    [Fact]
    public void Two_branches_of_one_stage_build_independent_requests()
    {
        var common = InstanceBuilderState.Start(Web, "web-1").WithTag("owner", "ann");

        var production = common.WithTag("env", "prod").WithAvailabilityZone("eu-west-1a").Build();
        var test = common.WithTag("env", "test").Build();
        var plain = common.Build();

        Assert.Equal([("role", "web"), ("owner", "ann"), ("env", "prod")], production.Tags!.Select(t => (t.Key, t.Value)));
        Assert.Equal("eu-west-1a", production.AvailabilityZone);
        Assert.Equal([("role", "web"), ("owner", "ann"), ("env", "test")], test.Tags!.Select(t => (t.Key, t.Value)));
        Assert.Equal("us-east-2a", test.AvailabilityZone);
        Assert.Equal([("role", "web"), ("env", "staging"), ("owner", "ann")], plain.Tags!.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Branches_beyond_the_inline_tags_do_not_share_their_tag_array()
    {
        var three = InstanceBuilderState.Start(Web, "web-1").WithTag("a", "1").WithTag("b", "2").WithTag("c", "3");

        var left = three.WithTag("d", "left").Build();
        var right = three.WithTag("d", "right").WithTag("e", "5").Build();

        Assert.Equal(["role", "env", "a", "b", "c", "d"], left.Tags!.Select(t => t.Key));
        Assert.Equal("left", left.Tags!.Last().Value);
        Assert.Equal(["role", "env", "a", "b", "c", "d", "e"], right.Tags!.Select(t => t.Key));
        Assert.Equal("right", right.Tags![5].Value);
    }

    [Fact]
    public void Each_build_returns_a_new_request_that_later_changes_do_not_reach()
    {
        var stage = InstanceBuilderState.Start(Web, "web-1");

        var first = stage.Build();
        first.Tags!.Clear();
        first.AddOns![0].AutoSnapshotAddOnRequest!.SnapshotTimeOfDay = "23:00";
        var second = stage.Build();

        Assert.NotSame(first, second);
        Assert.Equal(2, second.Tags!.Count);
        Assert.Equal("06:00", second.AddOns![0].AutoSnapshotAddOnRequest!.SnapshotTimeOfDay);
    }

    [Fact]
    public void The_names_are_a_snapshot_of_the_array_passed_in()
    {
        string?[] names = ["web-1", "web-2"];
        var stage = InstanceBuilderState.Start(Web, names);

        names[0] = "changed";

        Assert.Equal(["web-1", "web-2"], stage.Build().InstanceNames);
    }

    [Fact]
    public void Add_ons_can_be_turned_off_and_on_again_per_branch()
    {
        var stage = InstanceBuilderState.Start(Web, "web-1");

        Assert.Null(stage.WithoutAutoSnapshot().Build().AddOns);
        Assert.Equal("09:00", stage.WithoutAutoSnapshot().WithAutoSnapshot("09:00").Build().AddOns![0].AutoSnapshotAddOnRequest!.SnapshotTimeOfDay);
        Assert.Equal(
            ["AutoSnapshot", "StopInstanceOnIdle"],
            stage.WithStopInstanceOnIdle("5", "30").Build().AddOns!.Select(a => a.AddOnType!.Value));
        Assert.Single(stage.WithStopInstanceOnIdle("5", "30").WithoutStopInstanceOnIdle().Build().AddOns!);
    }

    [Fact]
    public void A_default_stage_says_how_to_start_a_chain()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => default(InstanceBuilderState).Build());

        Assert.Contains("Named(", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_call_value_fails_with_every_violation_before_a_request_exists()
    {
        var stage = InstanceBuilderState.Start(Web, "bad name").WithAvailabilityZone("us-east-2").WithTag("bad#key", "v");

        var failure = Assert.Throws<LightsailValidationException>(() => stage.Build());

        Assert.Equal(["instanceNames[0]", "availabilityZone", "tags[2].key"], failure.Errors.Select(e => e.Member).Distinct());
        Assert.Contains("Web", failure.Message, StringComparison.Ordinal);
    }
}
