using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Validation;

/// <summary>Build() fails before any request exists, lists every violation, and never fails for warnings alone.</summary>
public sealed class LightsailValidationExceptionTests
{
    private static InstanceRequestDraft ValidDraft(params string[] names) => new("WebServer", names.Length == 0 ? new[] { "web-1" } : names)
    {
        AvailabilityZone = "us-east-2a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
    };

    [Fact]
    public void Lists_every_violation_with_id_member_value_and_fix()
    {
        var draft = ValidDraft("web-1", "web 2");
        draft.AvailabilityZone = "us-west-1a";
        draft.AddTag("bad#key", "v");
        draft.AutoSnapshot = new AutoSnapshotAddOn("6:30");

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());

        Assert.IsAssignableFrom<ArgumentException>(exception);
        Assert.Equal(
            new[] { RuleIds.InstanceNameCharacters, RuleIds.RegionNotServed, RuleIds.TagCharacters, RuleIds.SnapshotTimeFormat },
            exception.Violations.Select(violation => violation.RuleId));
        Assert.Contains("WebServer", exception.Message);
        Assert.Contains("FLS1003 error at instanceNames[1] = 'web 2'", exception.Message);
        Assert.Contains("FLS2004 warning at availabilityZone = 'us-west-1a'", exception.Message);
        Assert.Contains("'bad-key'", exception.Message);
        Assert.Contains("'06:00'", exception.Message);
        Assert.Equal(3, exception.Errors.Count());
    }

    [Fact]
    public void Warnings_alone_do_not_throw()
    {
        var draft = ValidDraft();
        draft.AvailabilityZone = "us-west-1a";
        draft.BlueprintId = "ubuntu_26_04";
        draft.StopInstanceOnIdle = new StopInstanceOnIdleAddOn("5", "30");

        var request = draft.Build();

        Assert.Equal("us-west-1a", request.AvailabilityZone);
    }

    [Fact]
    public void A_valid_draft_builds()
    {
        var draft = ValidDraft("web-1", "web-2");
        draft.InheritTag("role", "web");
        draft.AutoSnapshot = new AutoSnapshotAddOn("06:00");
        draft.IpAddressType = "ipv4";

        var request = draft.Build();

        Assert.Equal(new[] { "web-1", "web-2" }, request.InstanceNames);
        Assert.Equal("06:00", Assert.Single(request.AddOns!).AutoSnapshotAddOnRequest!.SnapshotTimeOfDay);
    }

    [Fact]
    public void A_call_site_tag_replacing_an_inherited_one_is_not_a_duplicate()
    {
        var draft = ValidDraft();
        draft.InheritTag("env", "prod");
        draft.AddTag("env", "dev");

        Assert.Equal("dev", Assert.Single(draft.Build().Tags!).Value);
    }

    [Fact]
    public void Two_call_site_tags_with_one_key_are_a_duplicate()
    {
        var draft = ValidDraft();
        draft.AddTag("env", "prod");
        draft.AddTag("env", "dev");

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());

        var violation = Assert.Single(exception.Violations);
        Assert.Equal(RuleIds.DuplicateTagKey, violation.RuleId);
        Assert.Equal("tags[1].key", violation.Member);
    }

    [Fact]
    public void Fifty_merged_tags_pass_and_fifty_one_fail()
    {
        var draft = ValidDraft();
        for (var i = 0; i < 30; i++)
        {
            draft.InheritTag("inherited" + i, null);
        }

        for (var i = 0; i < 20; i++)
        {
            draft.AddTag("call" + i, null);
        }

        draft.Build();
        draft.AddTag("inherited0", "replaced");
        draft.Build();
        draft.AddTag("one-more", null);

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());
        Assert.Equal(RuleIds.TooManyTags, Assert.Single(exception.Violations).RuleId);
    }

    [Fact]
    public void Missing_required_members_are_errors()
    {
        var draft = new InstanceRequestDraft("DevBox", null);

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());

        Assert.Equal(
            new[] { RuleIds.NoInstanceNames, RuleIds.AvailabilityZoneFormat, RuleIds.BlueprintMissing, RuleIds.BundleMissing },
            exception.Violations.Select(violation => violation.RuleId));
    }

    [Fact]
    public void The_validator_reports_an_add_on_without_a_type()
    {
        var request = new CreateInstancesRequest
        {
            InstanceNames = new List<string> { "web-1" },
            AvailabilityZone = "us-east-2a",
            BlueprintId = "ubuntu_24_04",
            BundleId = "small_3_0",
            AddOns = new List<AddOnRequest> { new() { AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } } },
        };

        var violation = Assert.Single(CreateInstancesRequestValidator.Validate(request));

        Assert.Equal(RuleIds.AddOnTypeMissing, violation.RuleId);
        Assert.Equal("addOns[0].addOnType", violation.Member);
        Assert.Throws<LightsailValidationException>(() => CreateInstancesRequestValidator.ThrowIfInvalid(request));
    }

    [Fact]
    public void The_validator_accepts_auto_snapshot_without_a_time()
    {
        var request = new CreateInstancesRequest
        {
            InstanceNames = new List<string> { "web-1" },
            AvailabilityZone = "us-east-2a",
            BlueprintId = "ubuntu_24_04",
            BundleId = "small_3_0",
            AddOns = new List<AddOnRequest> { new() { AddOnType = AddOnType.AutoSnapshot } },
        };

        Assert.Empty(CreateInstancesRequestValidator.Validate(request));
        CreateInstancesRequestValidator.ThrowIfInvalid(request);
    }

    [Fact]
    public void Huge_user_data_does_not_make_a_huge_message()
    {
        var draft = ValidDraft("w");
        draft.UserData = new string('x', 100_000);

        var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());

        Assert.True(exception.Message.Length < 2_000, exception.Message.Length.ToString());
    }
}
