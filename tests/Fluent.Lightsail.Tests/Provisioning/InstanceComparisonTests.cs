using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Tests.Provisioning;

/// <summary>
/// The one request-vs-instance comparison: what a plan reports, and what a create call's ownership check accepts (an
/// instance may have more tags and add-ons than the call asked for, never other values).
/// </summary>
public sealed class InstanceComparisonTests
{
    [Fact]
    public void An_instance_made_from_the_request_has_no_difference_and_is_the_calls()
    {
        var request = Request();

        Assert.Empty(InstanceComparison.Differences(InstanceOf(request), RequestedInstances.Of(request)));
        Assert.True(InstanceMatch.IsAsRequested(InstanceOf(request), RequestedInstances.Of(request)));
    }

    [Fact]
    public void Unset_key_pair_and_IP_address_type_mean_the_service_defaults()
    {
        var request = Request();
        request.KeyPairName = null;
        request.IpAddressType = null;
        var instance = InstanceOf(request);
        instance.SshKeyName = "LightsailDefaultKeyPair";
        instance.IpAddressType = IpAddressType.Dualstack;
        var other = InstanceOf(request);
        other.SshKeyName = "deploy";
        other.IpAddressType = IpAddressType.Ipv4;

        Assert.Empty(InstanceComparison.Differences(instance, RequestedInstances.Of(request)));
        Assert.Equal(
            [
                new InstanceDifference(InstanceDifferenceKind.KeyPair, null, "deploy", "LightsailDefaultKeyPair"),
                new InstanceDifference(InstanceDifferenceKind.IpAddressType, null, "ipv4", "dualstack"),
            ],
            InstanceComparison.Differences(other, RequestedInstances.Of(request)));
    }

    [Fact]
    public void Tags_are_compared_by_key_and_a_key_only_tag_equals_an_empty_value()
    {
        var request = Request();
        request.Tags = [new Tag { Key = "backup" }, new Tag { Key = "role", Value = "web" }, new Tag { Key = "owner", Value = "a" }];
        var instance = InstanceOf(request);
        instance.Tags = [new Tag { Key = "backup", Value = string.Empty }, new Tag { Key = "role", Value = "api" }, new Tag { Key = "zeta", Value = "z" }];

        Assert.Equal(
            [
                new InstanceDifference(InstanceDifferenceKind.TagAdded, "owner", null, "a"),
                new InstanceDifference(InstanceDifferenceKind.TagChanged, "role", "api", "web"),
                new InstanceDifference(InstanceDifferenceKind.TagRemoved, "zeta", "z", null),
            ],
            InstanceComparison.Differences(instance, RequestedInstances.Of(request)));
    }

    [Fact]
    public void Add_ons_are_on_off_or_changed_and_a_setting_the_request_leaves_unset_is_not_compared()
    {
        var request = Request();
        request.AddOns =
        [
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
            new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "5" } },
        ];
        var changed = InstanceOf(request);
        changed.AddOns = [new AddOn { Name = "AutoSnapshot", Status = "Enabled", SnapshotTimeOfDay = "04:00" }, new AddOn { Name = "StopInstanceOnIdle", Status = "Enabled", Threshold = "5", Duration = "30" }];
        var off = InstanceOf(request);
        off.AddOns = [new AddOn { Name = "AutoSnapshot", Status = "Disabled", SnapshotTimeOfDay = "06:00" }];
        var noneWanted = Request();
        noneWanted.AddOns = [];

        Assert.Equal(
            [new InstanceDifference(InstanceDifferenceKind.AddOnChanged, "AutoSnapshot", "at 04:00", "at 06:00")],
            InstanceComparison.Differences(changed, RequestedInstances.Of(request)));
        Assert.Equal(
            [
                new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, "AutoSnapshot", null, "at 06:00"),
                new InstanceDifference(InstanceDifferenceKind.AddOnEnabled, "StopInstanceOnIdle", null, "threshold 5"),
            ],
            InstanceComparison.Differences(off, RequestedInstances.Of(request)));
        Assert.Equal(
            [
                new InstanceDifference(InstanceDifferenceKind.AddOnDisabled, "AutoSnapshot", "at 04:00", null),
                new InstanceDifference(InstanceDifferenceKind.AddOnDisabled, "StopInstanceOnIdle", "threshold 5, duration 30", null),
            ],
            InstanceComparison.Differences(changed, RequestedInstances.Of(noneWanted)));
    }

    [Fact]
    public void Ownership_accepts_what_others_added_and_nothing_the_call_set_differently()
    {
        var request = Request();
        var tagged = InstanceOf(request);
        tagged.Tags!.Add(new Tag { Key = "added-later", Value = "x" });
        tagged.AddOns = [new AddOn { Name = "StopInstanceOnIdle", Status = "Enabled", Threshold = "5", Duration = "30" }, .. tagged.AddOns!];
        var retagged = InstanceOf(request);
        retagged.Tags![0].Value = "other";
        var moved = InstanceOf(request);
        moved.Location = new ResourceLocation { AvailabilityZone = "us-east-1b" };

        Assert.True(InstanceMatch.IsAsRequested(tagged, RequestedInstances.Of(request)));
        Assert.False(InstanceMatch.IsAsRequested(retagged, RequestedInstances.Of(request)));
        Assert.False(InstanceMatch.IsAsRequested(moved, RequestedInstances.Of(request)));
    }

    [Fact]
    public void A_create_from_a_snapshot_does_not_compare_the_blueprint()
    {
        var request = new CreateInstancesFromSnapshotRequest
        {
            InstanceNames = ["web-1"], AvailabilityZone = "us-east-1a", BundleId = Bundles.Small3_0, InstanceSnapshotName = "golden",
        };
        var instance = new Instance
        {
            Name = "web-1", BlueprintId = Blueprints.Debian12, BundleId = Bundles.Small3_0, Location = new ResourceLocation { AvailabilityZone = "us-east-1a" },
        };

        Assert.Empty(InstanceComparison.Differences(instance, RequestedInstances.Of(request)));
    }

    [Theory]
    [InlineData(InstanceDifferenceKind.Blueprint, false)]
    [InlineData(InstanceDifferenceKind.Bundle, false)]
    [InlineData(InstanceDifferenceKind.AvailabilityZone, false)]
    [InlineData(InstanceDifferenceKind.KeyPair, false)]
    [InlineData(InstanceDifferenceKind.IpAddressType, true)]
    [InlineData(InstanceDifferenceKind.TagAdded, true)]
    [InlineData(InstanceDifferenceKind.TagRemoved, true)]
    [InlineData(InstanceDifferenceKind.AddOnDisabled, true)]
    public void Only_tags_add_ons_and_the_IP_address_type_change_in_place(InstanceDifferenceKind kind, bool inPlace) =>
        Assert.Equal(inPlace, new InstanceDifference(kind, null, "a", "b").IsChangeableInPlace);

    private static CreateInstancesRequest Request() => new()
    {
        InstanceNames = ["web-1"],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        KeyPairName = "deploy",
        IpAddressType = IpAddressType.Ipv4,
        Tags = [new Tag { Key = "role", Value = "web" }],
        AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } }],
    };

    /// <summary>The instance Lightsail would show for the request, built from the request's own values.</summary>
    private static Instance InstanceOf(CreateInstancesRequest request) => new()
    {
        Name = request.InstanceNames![0],
        BlueprintId = request.BlueprintId,
        BundleId = request.BundleId,
        Location = new ResourceLocation { AvailabilityZone = request.AvailabilityZone },
        SshKeyName = request.KeyPairName,
        IpAddressType = request.IpAddressType,
        Tags = request.Tags!.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
        AddOns = request.AddOns!.Select(a => new AddOn { Name = a.AddOnType!.Value, Status = "Enabled", SnapshotTimeOfDay = a.AutoSnapshotAddOnRequest?.SnapshotTimeOfDay }).ToList(),
    };
}
