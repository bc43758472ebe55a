using Fluent.Lightsail.Model;
namespace Fluent.Lightsail.Validation;

/// <summary>
/// The groups of a request's values that the rules check together, as bits: a builder state marks the groups its chain
/// set, a template's check marks the groups that failed, and <c>Build()</c> re-checks the union of the two.
/// </summary>
internal static class ValueGroups
{
    public const int AvailabilityZone = 1 << 0;
    public const int Blueprint = 1 << 1;
    public const int Bundle = 1 << 2;
    public const int KeyPair = 1 << 3;
    public const int UserData = 1 << 4;
    public const int IpAddressType = 1 << 5;
    public const int AutoSnapshot = 1 << 6;
    public const int StopInstanceOnIdle = 1 << 7;
    public const int Tags = 1 << 8;
    public const int CrossField = 1 << 9;

    /// <summary>The groups of single members (not the tags, not the cross-field rules), in the full rules' order.</summary>
    public static readonly int[] Members = { AvailabilityZone, Blueprint, Bundle, KeyPair, UserData, IpAddressType, AutoSnapshot, StopInstanceOnIdle };

    /// <summary>Every group, in the full rules' order.</summary>
    public static readonly int[] All = { AvailabilityZone, Blueprint, Bundle, KeyPair, UserData, IpAddressType, AutoSnapshot, StopInstanceOnIdle, Tags, CrossField };

    /// <summary>The groups the cross-field rules read (turning an add-on on or off counts; its time or threshold does not matter to them).</summary>
    public const int CrossFieldInputs = Blueprint | Bundle | UserData | IpAddressType | AutoSnapshot | StopInstanceOnIdle | CrossField;
}
