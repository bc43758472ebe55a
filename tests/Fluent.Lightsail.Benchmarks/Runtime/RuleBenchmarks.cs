using BenchmarkDotNet.Attributes;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Benchmarks.Runtime;

/// <summary>
/// Each rule on the valid values of <see cref="SampleRequests.HandWritten"/>: the success path that every Build() and
/// every Validate pays. Allocated should read "-" for each; a rule that allocates on valid input is a regression.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class RuleBenchmarks
{
    private static readonly IRuleSink Sink = new ThrowingSink();
    private readonly IReadOnlyList<string?> _names = ["a1"];
    private readonly IReadOnlyList<KeyValuePair<string?, string?>> _tags = [new("role", "web"), new("owner", "ann")];

    [Benchmark]
    public void InstanceNames() => InstanceNameRules.CheckNames(_names, Sink);

    [Benchmark]
    public void AvailabilityZone() => AvailabilityZoneRules.Check("us-east-2a", InstanceRules.AvailabilityZoneMember, Sink);

    [Benchmark]
    public void BlueprintAndBundle()
    {
        BlueprintBundleRules.CheckBlueprint(Blueprints.Ubuntu24_04, InstanceRules.BlueprintMember, Sink);
        BlueprintBundleRules.CheckBundle(Bundles.Small3_0, InstanceRules.BundleMember, Sink);
    }

    [Benchmark]
    public void PlatformPairing() => BlueprintBundleRules.CheckPlatformPairing(Blueprints.Ubuntu24_04, Bundles.Small3_0, InstanceRules.BundleMember, Sink);

    [Benchmark]
    public void KeyPair() => KeyPairRules.Check("deploy", InstanceRules.KeyPairMember, Sink);

    [Benchmark]
    public void UserData()
    {
        UserDataRules.CheckSize("#!/bin/bash\napt-get update", InstanceRules.UserDataMember, Sink);
        UserDataRules.CheckPlatform("#!/bin/bash\napt-get update", Blueprints.Ubuntu24_04, Bundles.Small3_0, InstanceRules.UserDataMember, Sink);
    }

    [Benchmark]
    public void Tags() => TagRules.CheckTags(_tags, Sink);

    [Benchmark]
    public void AddOns()
    {
        AddOnRules.CheckSnapshotTime("06:00", AddOnRules.SnapshotTimeMember, Sink);
        AddOnRules.CheckAutoSnapshotPlatform(Blueprints.Ubuntu24_04, Bundles.Small3_0, AddOnRules.AutoSnapshotMember, Sink);
    }

    [Benchmark]
    public void IpAddressType()
    {
        IpAddressTypeRules.Check(IpAddressTypes.Dualstack, InstanceRules.IpAddressTypeMember, Sink);
        IpAddressTypeRules.CheckBundlePairing(IpAddressTypes.Dualstack, Bundles.Small3_0, InstanceRules.IpAddressTypeMember, Sink);
    }

    /// <summary>The values are valid: a report means the benchmark measures the wrong path.</summary>
    private sealed class ThrowingSink : IRuleSink
    {
        public void Report(RuleViolation violation) => throw new InvalidOperationException(violation.ToString());
    }
}
