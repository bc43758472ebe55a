using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Which groups of a template's own values break a rule of error severity (<see cref="ValueGroups"/> bits), computed
/// once per template. A group that passed and that a call chain left as it was need not be checked again at <c>Build()</c>.
/// </summary>
internal sealed class TemplateCheck
{
    private TemplateCheck(int failed) => Failed = failed;

    /// <summary>The groups that failed on the template's values alone.</summary>
    public int Failed { get; }

    public static TemplateCheck Of(InstanceTemplateValues template)
    {
        var sink = ErrorFlagSink.Create();
        var failed = 0;

        AvailabilityZoneRules.Check(template.AvailabilityZone, InstanceRules.AvailabilityZoneMember, sink);
        Mark(ValueGroups.AvailabilityZone);
        BlueprintBundleRules.CheckBlueprint(template.BlueprintId, InstanceRules.BlueprintMember, sink);
        Mark(ValueGroups.Blueprint);
        BlueprintBundleRules.CheckBundle(template.BundleId, InstanceRules.BundleMember, sink);
        Mark(ValueGroups.Bundle);
        KeyPairRules.Check(template.KeyPairName, InstanceRules.KeyPairMember, sink);
        Mark(ValueGroups.KeyPair);
        UserDataRules.CheckSize(template.UserData, InstanceRules.UserDataMember, sink);
        Mark(ValueGroups.UserData);
        IpAddressTypeRules.Check(template.IpAddressType, InstanceRules.IpAddressTypeMember, sink);
        Mark(ValueGroups.IpAddressType);
        if (template.AutoSnapshot)
        {
            AddOnRules.CheckSnapshotTime(template.AutoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
        }

        Mark(ValueGroups.AutoSnapshot);
        if (template.StopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleValues(
                template.StopInstanceOnIdleThreshold, template.StopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
        }

        Mark(ValueGroups.StopInstanceOnIdle);
        TagRules.CheckTags(template.Tags.Count == 0 ? null : template.Tags, sink);
        Mark(ValueGroups.Tags);
        InstanceRules.CheckCrossField(
            template.BlueprintId, template.BundleId, template.UserData, template.AutoSnapshot, template.StopInstanceOnIdle, template.IpAddressType, sink);
        Mark(ValueGroups.CrossField);
        return new TemplateCheck(failed);

        void Mark(int group)
        {
            if (!sink.TakeClean())
            {
                failed |= group;
            }
        }
    }
}
