using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Validation;

/// <summary>The add-on rules only a hand-built request can break: S2/O1 (FLS7007) and O11 (FLS7008).</summary>
public sealed class AddOnRequestValidationTests
{
    private static CreateInstancesRequest With(params AddOnRequest[] addOns) => new()
    {
        InstanceNames = new List<string> { "web-1" },
        AvailabilityZone = "us-east-2a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
        AddOns = addOns.ToList(),
    };

    private static AutoSnapshotAddOnRequest Snapshot => new() { SnapshotTimeOfDay = "06:00" };

    private static StopInstanceOnIdleRequest Idle => new() { Threshold = "5", Duration = "30" };

    [Fact]
    public void An_unknown_type_is_an_error_with_the_type_its_sub_request_implies()
    {
        var violation = Assert.Single(CreateInstancesRequestValidator.Validate(With(new AddOnRequest { AddOnType = new AddOnType("autosnapshot"), AutoSnapshotAddOnRequest = Snapshot })));

        Assert.Equal(RuleIds.AddOnTypeMissing, violation.RuleId);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
        Assert.Equal("autosnapshot", violation.Value);
        Assert.Equal("AutoSnapshot", violation.FixData[FixDataKeys.Replacement]);
    }

    [Fact]
    public void The_other_add_ons_sub_request_is_a_warning()
    {
        var violations = CreateInstancesRequestValidator.Validate(With(new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = Snapshot, StopInstanceOnIdleRequest = Idle }));

        var violation = Assert.Single(violations);
        Assert.Equal(RuleIds.AddOnRequestMismatch, violation.RuleId);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
        Assert.Equal("addOns[0]", violation.Member);
        CreateInstancesRequestValidator.ThrowIfInvalid(With(new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, StopInstanceOnIdleRequest = Idle }));
    }

    [Fact]
    public void A_type_requested_twice_is_a_warning_on_the_second()
    {
        var violations = CreateInstancesRequestValidator.Validate(With(
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = Snapshot },
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = Snapshot }));

        var violation = Assert.Single(violations);
        Assert.Equal(RuleIds.AddOnRequestMismatch, violation.RuleId);
        Assert.Equal("addOns[1]", violation.Member);
        Assert.Equal("true", violation.FixData[FixDataKeys.Remove]);
    }

    [Fact]
    public void Both_add_ons_each_with_its_own_sub_request_are_checked_like_the_builders()
    {
        var violations = CreateInstancesRequestValidator.Validate(With(
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:30" } },
            new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = Idle }));

        Assert.Equal(new[] { RuleIds.SnapshotTimeNotOnHour, RuleIds.StopOnIdleOutsideResearch }, violations.Select(v => v.RuleId));
    }
}
