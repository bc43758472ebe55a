using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Which groups of a template's own values pass the rules (no error), computed once per template. A group that passed
/// and that a call chain left as it was need not be checked again at <c>Build()</c>.
/// </summary>
internal sealed class TemplateCheck
{
    public bool AvailabilityZone { get; private set; }

    public bool Blueprint { get; private set; }

    public bool Bundle { get; private set; }

    public bool KeyPair { get; private set; }

    public bool UserData { get; private set; }

    public bool IpAddressType { get; private set; }

    public bool AutoSnapshot { get; private set; }

    public bool StopInstanceOnIdle { get; private set; }

    public bool Tags { get; private set; }

    public bool CrossField { get; private set; }

    public static TemplateCheck Of(InstanceTemplateValues template)
    {
        var sink = ErrorFlagSink.Create();
        var check = new TemplateCheck();

        AvailabilityZoneRules.Check(template.AvailabilityZone, InstanceRules.AvailabilityZoneMember, sink);
        check.AvailabilityZone = sink.TakeClean();
        BlueprintBundleRules.CheckBlueprint(template.BlueprintId, InstanceRules.BlueprintMember, sink);
        check.Blueprint = sink.TakeClean();
        BlueprintBundleRules.CheckBundle(template.BundleId, InstanceRules.BundleMember, sink);
        check.Bundle = sink.TakeClean();
        KeyPairRules.Check(template.KeyPairName, InstanceRules.KeyPairMember, sink);
        check.KeyPair = sink.TakeClean();
        UserDataRules.CheckSize(template.UserData, InstanceRules.UserDataMember, sink);
        check.UserData = sink.TakeClean();
        IpAddressTypeRules.Check(template.IpAddressType, InstanceRules.IpAddressTypeMember, sink);
        check.IpAddressType = sink.TakeClean();
        if (template.AutoSnapshot)
        {
            AddOnRules.CheckSnapshotTime(template.AutoSnapshotTimeOfDay, AddOnRules.SnapshotTimeMember, sink);
        }

        check.AutoSnapshot = sink.TakeClean();
        if (template.StopInstanceOnIdle)
        {
            AddOnRules.CheckStopInstanceOnIdleValues(
                template.StopInstanceOnIdleThreshold, template.StopInstanceOnIdleDuration, AddOnRules.ThresholdMember, AddOnRules.DurationMember, sink);
        }

        check.StopInstanceOnIdle = sink.TakeClean();
        TagRules.CheckTags(template.Tags.Count == 0 ? null : template.Tags, sink);
        check.Tags = sink.TakeClean();
        InstanceRules.CheckCrossField(
            template.BlueprintId, template.BundleId, template.UserData, template.AutoSnapshot, template.StopInstanceOnIdle, template.IpAddressType, sink);
        check.CrossField = sink.TakeClean();
        return check;
    }
}
