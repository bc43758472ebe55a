using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Validation;

/// <summary>
/// Valid values cost no allocation: every Build() and every Validate pays the success path, so the rules keep it free of
/// strings, sets and copies (messages and suggestions are made only for a violation).
/// </summary>
public sealed class SuccessPathAllocationTests
{
    private static readonly IRuleSink Sink = new ThrowingSink();

    private static CreateInstancesRequest ValidRequest() => new()
    {
        InstanceNames = ["a1", "web-2", "db.primary_1"],
        AvailabilityZone = "us-east-2a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
        KeyPairName = "deploy",
        UserData = "#!/bin/bash\napt-get update",
        Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "owner", Value = "ann" }, new Tag { Key = "key-only" }],
        AddOns =
        [
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } },
        ],
        IpAddressType = IpAddressType.Dualstack,
    };

    [Fact]
    public void Validating_a_valid_request_allocates_nothing()
    {
        var request = ValidRequest();

        Assert.Equal(0, AllocatedBy(() => CreateInstancesRequestValidator.Validate(request)));
        Assert.Equal(0, AllocatedBy(() => CreateInstancesRequestValidator.ThrowIfInvalid(request)));
        Assert.Empty(CreateInstancesRequestValidator.Validate(request));
    }

    [Fact]
    public void Each_rule_on_valid_values_allocates_nothing()
    {
        IReadOnlyList<string?> names = ["a1", "web-2"];
        IReadOnlyList<KeyValuePair<string?, string?>> tags = [new("role", "web"), new("owner", null)];
        var values = new InstanceValues
        {
            InstanceNames = names,
            AvailabilityZone = "eu-central-1b",
            BlueprintId = Blueprints.WindowsServer2022,
            BundleId = Bundles.SmallWin3_0,
            UserData = "<powershell>Get-Date</powershell>",
            Tags = tags,
            IpAddressType = IpAddressTypes.Ipv4,
        };

        Assert.Equal(0, AllocatedBy(() => InstanceNameRules.CheckNames(names, Sink)));
        Assert.Equal(0, AllocatedBy(() => AvailabilityZoneRules.Check("ap-southeast-2c", InstanceRules.AvailabilityZoneMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => BlueprintBundleRules.CheckBlueprint(Blueprints.Debian12, InstanceRules.BlueprintMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => BlueprintBundleRules.CheckBundle(Bundles.NanoIpv6_3_0, InstanceRules.BundleMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => BlueprintBundleRules.CheckPlatformPairing(Blueprints.Debian12, Bundles.Nano3_0, InstanceRules.BundleMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => KeyPairRules.Check("deploy", InstanceRules.KeyPairMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => UserDataRules.CheckSize("#!/bin/bash", InstanceRules.UserDataMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => UserDataRules.CheckPlatform("#!/bin/bash", Blueprints.Debian12, null, InstanceRules.UserDataMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => TagRules.CheckTags(tags, Sink)));
        Assert.Equal(0, AllocatedBy(() => AddOnRules.CheckSnapshotTime("23:00", AddOnRules.SnapshotTimeMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => AddOnRules.CheckAutoSnapshotPlatform(Blueprints.Debian12, Bundles.Nano3_0, AddOnRules.AutoSnapshotMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => AddOnRules.CheckStopInstanceOnIdleValues("5", "30", AddOnRules.ThresholdMember, AddOnRules.DurationMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => AddOnRules.CheckStopInstanceOnIdleScope("lfr_ubuntu_1_0", "app_standard_xl_1_0", AddOnRules.StopInstanceOnIdleMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => IpAddressTypeRules.Check(IpAddressTypes.Ipv6, InstanceRules.IpAddressTypeMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => IpAddressTypeRules.CheckBundlePairing(IpAddressTypes.Ipv6, Bundles.NanoIpv6_3_0, InstanceRules.IpAddressTypeMember, Sink)));
        Assert.Equal(0, AllocatedBy(() => InstanceRules.CheckAll(values, Sink)));
    }

    [Fact]
    public void Build_allocates_only_the_request()
    {
        // The same content as ValidRequest(), from a template and a chain: Build() validates in place, so what it allocates
        // beyond a hand-written request is nothing.
        var template = new Fluent.Lightsail.Building.InstanceTemplateValues(
            "Web",
            blueprintId: Blueprints.Ubuntu24_04,
            bundleId: Bundles.Small3_0,
            keyPairName: "deploy",
            userData: "#!/bin/bash\napt-get update",
            autoSnapshot: new Fluent.Lightsail.Building.AutoSnapshotAddOn("06:00"),
            tags: [new("role", "web"), new("owner", "someone")]);
        var builder = InstanceBuilder.Start(template, ["a1", "web-2", "db.primary_1"])
            .InZone("us-east-2a")
            .WithTag("owner", "ann")
            .WithTag("key-only")
            .WithIpAddressType(IpAddressType.Dualstack);
        Assert.Equal(ValidRequest().ToJson(), builder.Build().ToJson());

        Assert.Equal(AllocatedBy(() => ValidRequest()), AllocatedBy(() => builder.Build()));
    }

    [Fact]
    public void Each_call_gets_its_own_violations_even_though_the_collector_is_reused()
    {
        var invalid = ValidRequest();
        invalid.AvailabilityZone = "us-east-2";
        invalid.InstanceNames = ["a"];

        var first = CreateInstancesRequestValidator.Validate(invalid);
        var valid = CreateInstancesRequestValidator.Validate(ValidRequest());
        var second = CreateInstancesRequestValidator.Validate(invalid);

        Assert.Equal(new[] { RuleIds.InstanceNameLength, RuleIds.AvailabilityZoneFormat }, first.Select(violation => violation.RuleId));
        Assert.Empty(valid);
        Assert.NotSame(first, second);
        Assert.Equal(first.Select(violation => violation.Message), second.Select(violation => violation.Message));
    }

    /// <summary>Bytes allocated on this thread by 100 runs of <paramref name="action"/>, after one run to initialise statics.</summary>
    private static long AllocatedBy(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The values are valid: a report means the test measures the wrong path.</summary>
    private sealed class ThrowingSink : IRuleSink
    {
        public void Report(RuleViolation violation) => throw new InvalidOperationException(violation.ToString());
    }
}
