using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Analyzers;

/// <summary>Runs the one-member rules for a member key; the analyzers call it for each constant they find.</summary>
internal static class MemberChecks
{
    public static void Check(string member, string? value, IRuleSink sink)
    {
        switch (member)
        {
            case InstanceRules.AvailabilityZoneMember:
                AvailabilityZoneRules.Check(value, member, sink);
                break;
            case InstanceRules.BlueprintMember:
                BlueprintBundleRules.CheckBlueprint(value, member, sink);
                break;
            case InstanceRules.BundleMember:
                BlueprintBundleRules.CheckBundle(value, member, sink);
                break;
            case InstanceRules.KeyPairMember:
                KeyPairRules.Check(value, member, sink);
                break;
            case InstanceRules.UserDataMember:
                UserDataRules.CheckSize(value, member, sink);
                break;
            case InstanceRules.IpAddressTypeMember:
                IpAddressTypeRules.Check(value, member, sink);
                break;
            case AddOnRules.SnapshotTimeMember:
                AddOnRules.CheckSnapshotTime(value, member, sink);
                break;
            case AddOnRules.ThresholdMember:
                AddOnRules.CheckThreshold(value, member, sink);
                break;
            case AddOnRules.DurationMember:
                AddOnRules.CheckDuration(value, member, sink);
                break;
        }
    }
}
