using System.Collections.Generic;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Rules;

/// <summary>Runs every rule on a set of values: each member on its own, then the rules that relate members.</summary>
public static class InstanceRules
{
    /// <summary>Request member names in the JSON spelling of CreateInstancesRequest.</summary>
    public const string AvailabilityZoneMember = RequestMembers.Json.AvailabilityZone;

    /// <summary>The blueprint member.</summary>
    public const string BlueprintMember = RequestMembers.Json.Blueprint;

    /// <summary>The bundle member.</summary>
    public const string BundleMember = RequestMembers.Json.Bundle;

    /// <summary>The key pair member.</summary>
    public const string KeyPairMember = RequestMembers.Json.KeyPair;

    /// <summary>The user data member.</summary>
    public const string UserDataMember = RequestMembers.Json.UserData;

    /// <summary>The IP address type member.</summary>
    public const string IpAddressTypeMember = RequestMembers.Json.IpAddressType;

    /// <summary>Every rule, members first.</summary>
    public static void CheckAll(InstanceValues values, IRuleSink sink)
    {
        CheckMembers(values, sink);
        CheckCrossField(values, sink);
    }

    /// <summary>The rules that look at one member (or one list) alone.</summary>
    public static void CheckMembers(InstanceValues values, IRuleSink sink)
        => CheckMembers(
            values.InstanceNames,
            values.AvailabilityZone,
            values.BlueprintId,
            values.BundleId,
            values.KeyPairName,
            values.UserData,
            new TagPairList(values.Tags),
            values.AutoSnapshot,
            values.AutoSnapshotTimeOfDay,
            values.StopInstanceOnIdle,
            values.StopInstanceOnIdleThreshold,
            values.StopInstanceOnIdleDuration,
            values.IpAddressType,
            sink);

    /// <summary>The rules that relate members: platform pairing, user data form, add-on scope, IP type and bundle.</summary>
    public static void CheckCrossField(InstanceValues values, IRuleSink sink)
        => CheckCrossField(values.BlueprintId, values.BundleId, values.UserData, values.AutoSnapshot, values.StopInstanceOnIdle, values.IpAddressType, sink);

    /// <summary>
    /// <see cref="CheckAll(InstanceValues, IRuleSink)"/> on values passed one by one, so that a caller holding them in
    /// another shape (the runtime's request) need not allocate an <see cref="InstanceValues"/> and copy its lists first.
    /// </summary>
    internal static void CheckAll<TTags>(
        IReadOnlyList<string?>? instanceNames,
        string? availabilityZone,
        string? blueprintId,
        string? bundleId,
        string? keyPairName,
        string? userData,
        TTags tags,
        bool autoSnapshot,
        string? autoSnapshotTimeOfDay,
        bool stopInstanceOnIdle,
        string? stopInstanceOnIdleThreshold,
        string? stopInstanceOnIdleDuration,
        string? ipAddressType,
        IRuleSink sink)
        where TTags : struct, ITagList
    {
        CheckMembers(
            instanceNames,
            availabilityZone,
            blueprintId,
            bundleId,
            keyPairName,
            userData,
            tags,
            autoSnapshot,
            autoSnapshotTimeOfDay,
            stopInstanceOnIdle,
            stopInstanceOnIdleThreshold,
            stopInstanceOnIdleDuration,
            ipAddressType,
            sink);
        CheckCrossField(blueprintId, bundleId, userData, autoSnapshot, stopInstanceOnIdle, ipAddressType, sink);
    }

    private static void CheckMembers<TTags>(
        IReadOnlyList<string?>? instanceNames,
        string? availabilityZone,
        string? blueprintId,
        string? bundleId,
        string? keyPairName,
        string? userData,
        TTags tags,
        bool autoSnapshot,
        string? autoSnapshotTimeOfDay,
        bool stopInstanceOnIdle,
        string? stopInstanceOnIdleThreshold,
        string? stopInstanceOnIdleDuration,
        string? ipAddressType,
        IRuleSink sink)
        where TTags : struct, ITagList
    {
        InstanceNameRules.CheckNames(instanceNames, sink);
        AvailabilityZoneRules.Check(availabilityZone, AvailabilityZoneMember, sink);
        BlueprintBundleRules.CheckBlueprint(blueprintId, BlueprintMember, sink);
        BlueprintBundleRules.CheckBundle(bundleId, BundleMember, sink);
        KeyPairRules.Check(keyPairName, KeyPairMember, sink);
        UserDataRules.CheckSize(userData, UserDataMember, sink);
        TagRules.CheckTags(tags, sink);
        if (autoSnapshot)
        {
            AddOnRules.CheckSnapshotTime(autoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
        }

        if (stopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleValues(
                stopInstanceOnIdleThreshold, stopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
        }

        IpAddressTypeRules.Check(ipAddressType, IpAddressTypeMember, sink);
    }

    /// <summary>
    /// The same rules on the members they read, for callers that hold the values already (the generated builder's
    /// <c>Build()</c>) and should not allocate an <see cref="InstanceValues"/> to run them.
    /// </summary>
    public static void CheckCrossField(
        string? blueprintId, string? bundleId, string? userData, bool autoSnapshot, bool stopInstanceOnIdle, string? ipAddressType, IRuleSink sink)
    {
        // Each of these rules asks for the platforms; they are worked out once here. A bundle without a platform is a
        // blank one (CatalogIds.BundlePlatform), which is what P3 asks.
        var blueprintPlatform = CatalogIds.BlueprintPlatform(blueprintId);
        var bundlePlatform = CatalogIds.BundlePlatform(bundleId);
        BlueprintBundleRules.CheckPlatformPairing(blueprintId, bundleId, blueprintPlatform, bundlePlatform, BundleMember, sink);
        UserDataRules.CheckPlatform(userData, blueprintPlatform != Platform.Unknown ? blueprintPlatform : bundlePlatform, UserDataMember, sink);
        if (autoSnapshot)
        {
            AddOnRules.CheckAutoSnapshotPlatform(blueprintId, bundleId, blueprintPlatform, bundlePlatform, AddOnRules.AutoSnapshotMember, sink);
        }

        if (stopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleScope(blueprintId, bundleId, AddOnRules.StopInstanceOnIdleMember, sink);
        }

        IpAddressTypeRules.CheckBundlePairing(
            ipAddressType, bundleId, bundlePlatform == Platform.Unknown, ipAddressType is null ? BundleMember : IpAddressTypeMember, sink);
    }
}
