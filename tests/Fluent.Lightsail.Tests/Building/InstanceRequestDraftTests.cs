using Fluent.Lightsail.Building;

namespace Fluent.Lightsail.Tests.Building;

public sealed class InstanceRequestDraftTests
{
    // Build() validates, so every draft here carries the required members.
    private static InstanceRequestDraft ValidDraft(string template, string name) => new(template, [name])
    {
        AvailabilityZone = "us-east-2a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
    };

    [Fact]
    public void A_call_site_tag_replaces_the_inherited_tag_with_the_same_key()
    {
        var draft = ValidDraft("WebServer", "web-1");
        draft.InheritTag("env", "staging");
        draft.InheritTag("role", "web");
        draft.AddTag("env", "prod");

        var tags = draft.Build().Tags!;

        Assert.Equal(["role", "env"], tags.Select(t => t.Key));
        Assert.Equal("prod", tags.Single(t => t.Key == "env").Value);
    }

    [Fact]
    public void Two_call_site_tags_with_one_key_are_both_kept_so_validation_can_report_them()
    {
        var draft = ValidDraft("WebServer", "web-1");
        draft.AddTag("owner", "ann");
        draft.AddTag("owner", "bob");

        Assert.Equal(2, draft.Tags.Count(t => t.Key == "owner"));
    }

    [Fact]
    public void No_tags_and_no_add_ons_leave_those_members_unset()
    {
        var request = ValidDraft("Minimal", "a1").Build();

        Assert.Null(request.Tags);
        Assert.Null(request.AddOns);
        Assert.Null(request.IpAddressType);
    }

    [Fact]
    public void Add_ons_follow_the_set_and_clear_calls()
    {
        var draft = ValidDraft("Research", "r1");
        draft.AutoSnapshot = new AutoSnapshotAddOn("06:00");
        draft.StopInstanceOnIdle = new StopInstanceOnIdleAddOn("5", "30");

        var both = draft.Build().AddOns!;
        Assert.Equal(["AutoSnapshot", "StopInstanceOnIdle"], both.Select(a => a.AddOnType!.Value));
        Assert.Equal("06:00", both[0].AutoSnapshotAddOnRequest!.SnapshotTimeOfDay);
        Assert.Equal(("5", "30"), (both[1].StopInstanceOnIdleRequest!.Threshold, both[1].StopInstanceOnIdleRequest!.Duration));

        draft.AutoSnapshot = null;
        draft.StopInstanceOnIdle = null;
        Assert.Null(draft.Build().AddOns);
    }

    [Fact]
    public void Each_build_returns_a_new_request_so_a_builder_can_be_reused()
    {
        var draft = ValidDraft("WebServer", "web-1");
        var first = draft.Build();
        draft.AddTag("late", null);
        var second = draft.Build();

        Assert.NotSame(first, second);
        Assert.Null(first.Tags);
        Assert.Single(second.Tags!);
    }
}
