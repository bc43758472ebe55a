using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The request members a <see cref="ValueSet"/> holds, each at a fixed index: a value set is then an array of nine
/// references, so layering a template over the assembly defaults (or a chain over its template) is one array copy
/// instead of a dictionary rebuilt entry by entry.
/// </summary>
internal static class MemberSlots
{
    public const int Count = 9;

    /// <summary>The member at each index, in the order the properties and DSL attributes are documented.</summary>
    public static readonly string[] Names =
    {
        InstanceRules.AvailabilityZoneMember,
        InstanceRules.BlueprintMember,
        InstanceRules.BundleMember,
        InstanceRules.KeyPairMember,
        InstanceRules.IpAddressTypeMember,
        InstanceRules.UserDataMember,
        AddOnRules.SnapshotTimeMember,
        AddOnRules.ThresholdMember,
        AddOnRules.DurationMember,
    };

    /// <summary>The index of <paramref name="member"/>, or -1 for a member a value set does not hold (tags, add-on flags).</summary>
    public static int IndexOf(string member)
        => member switch
        {
            InstanceRules.AvailabilityZoneMember => 0,
            InstanceRules.BlueprintMember => 1,
            InstanceRules.BundleMember => 2,
            InstanceRules.KeyPairMember => 3,
            InstanceRules.IpAddressTypeMember => 4,
            InstanceRules.UserDataMember => 5,
            AddOnRules.SnapshotTimeMember => 6,
            AddOnRules.ThresholdMember => 7,
            AddOnRules.DurationMember => 8,
            _ => -1,
        };
}
