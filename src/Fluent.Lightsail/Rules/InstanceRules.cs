namespace Fluent.Lightsail.Rules;

/// <summary>Runs every rule on a set of values: each member on its own, then the rules that relate members.</summary>
public static class InstanceRules
{
    /// <summary>Request member names in the JSON spelling of CreateInstancesRequest.</summary>
    public const string AvailabilityZoneMember = "availabilityZone";

    /// <summary>The blueprint member.</summary>
    public const string BlueprintMember = "blueprintId";

    /// <summary>The bundle member.</summary>
    public const string BundleMember = "bundleId";

    /// <summary>The key pair member.</summary>
    public const string KeyPairMember = "keyPairName";

    /// <summary>The user data member.</summary>
    public const string UserDataMember = "userData";

    /// <summary>The IP address type member.</summary>
    public const string IpAddressTypeMember = "ipAddressType";

    /// <summary>Every rule, members first.</summary>
    public static void CheckAll(InstanceValues values, IRuleSink sink)
    {
        CheckMembers(values, sink);
        CheckCrossField(values, sink);
    }

    /// <summary>The rules that look at one member (or one list) alone.</summary>
    public static void CheckMembers(InstanceValues values, IRuleSink sink)
    {
        InstanceNameRules.CheckNames(values.InstanceNames, sink);
        AvailabilityZoneRules.Check(values.AvailabilityZone, AvailabilityZoneMember, sink);
        BlueprintBundleRules.CheckBlueprint(values.BlueprintId, BlueprintMember, sink);
        BlueprintBundleRules.CheckBundle(values.BundleId, BundleMember, sink);
        KeyPairRules.Check(values.KeyPairName, KeyPairMember, sink);
        UserDataRules.CheckSize(values.UserData, UserDataMember, sink);
        TagRules.CheckTags(values.Tags, sink);
        if (values.AutoSnapshot)
        {
            AddOnRules.CheckSnapshotTime(values.AutoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
        }

        if (values.StopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleValues(
                values.StopInstanceOnIdleThreshold, values.StopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
        }

        IpAddressTypeRules.Check(values.IpAddressType, IpAddressTypeMember, sink);
    }

    /// <summary>The rules that relate members: platform pairing, user data form, add-on scope, IP type and bundle.</summary>
    public static void CheckCrossField(InstanceValues values, IRuleSink sink)
    {
        BlueprintBundleRules.CheckPlatformPairing(values.BlueprintId, values.BundleId, BundleMember, sink);
        UserDataRules.CheckPlatform(values.UserData, values.BlueprintId, values.BundleId, UserDataMember, sink);
        if (values.AutoSnapshot)
        {
            AddOnRules.CheckAutoSnapshotPlatform(values.BlueprintId, values.BundleId, AddOnRules.AutoSnapshotMember, sink);
        }

        if (values.StopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleScope(values.BlueprintId, values.BundleId, AddOnRules.StopInstanceOnIdleMember, sink);
        }

        IpAddressTypeRules.CheckBundlePairing(
            values.IpAddressType, values.BundleId, values.IpAddressType is null ? BundleMember : IpAddressTypeMember, sink);
    }
}
