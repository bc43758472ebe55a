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
        => CheckCrossField(values.BlueprintId, values.BundleId, values.UserData, values.AutoSnapshot, values.StopInstanceOnIdle, values.IpAddressType, sink);

    /// <summary>
    /// The same rules on the members they read, for callers that hold the values already (the generated builder's
    /// <c>Build()</c>) and should not allocate an <see cref="InstanceValues"/> to run them.
    /// </summary>
    public static void CheckCrossField(
        string? blueprintId, string? bundleId, string? userData, bool autoSnapshot, bool stopInstanceOnIdle, string? ipAddressType, IRuleSink sink)
    {
        BlueprintBundleRules.CheckPlatformPairing(blueprintId, bundleId, BundleMember, sink);
        UserDataRules.CheckPlatform(userData, blueprintId, bundleId, UserDataMember, sink);
        if (autoSnapshot)
        {
            AddOnRules.CheckAutoSnapshotPlatform(blueprintId, bundleId, AddOnRules.AutoSnapshotMember, sink);
        }

        if (stopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleScope(blueprintId, bundleId, AddOnRules.StopInstanceOnIdleMember, sink);
        }

        IpAddressTypeRules.CheckBundlePairing(ipAddressType, bundleId, ipAddressType is null ? BundleMember : IpAddressTypeMember, sink);
    }
}
