namespace Fluent.Lightsail.Rules;

/// <summary>
/// Every rule id. <c>FLS</c> + 4 digits, grouped by area (1 names, 2 zone/region, 3 blueprint/bundle, 4 user data,
/// 5 key pair, 6 tags, 7 add-ons, 8 IP address type, 9 template structure). An id is never reused for another rule.
/// </summary>
public static class RuleIds
{
    /// <summary>N2: an instance name has 2 to 255 characters.</summary>
    public const string InstanceNameLength = "FLS1001";

    /// <summary>N3: an instance name starts and ends with an ASCII letter or digit.</summary>
    public const string InstanceNameEdges = "FLS1002";

    /// <summary>N4: an instance name has only ASCII letters, digits, '.', '-' and '_'.</summary>
    public const string InstanceNameCharacters = "FLS1003";

    /// <summary>N7: instance names in one call are distinct.</summary>
    public const string DuplicateInstanceName = "FLS1004";

    /// <summary>N8/S1: at least one instance name.</summary>
    public const string NoInstanceNames = "FLS1005";

    /// <summary>N8: more names than the default Instances quota (20 per Region).</summary>
    public const string TooManyInstanceNames = "FLS1006";

    /// <summary>A2/A3: a zone is a region name followed by one lower-case letter.</summary>
    public const string AvailabilityZoneFormat = "FLS2001";

    /// <summary>A2: zones are case-sensitive and lower-case.</summary>
    public const string AvailabilityZoneCase = "FLS2002";

    /// <summary>A4: the zone's region is in Lightsail's RegionName list.</summary>
    public const string UnknownRegion = "FLS2003";

    /// <summary>A5: us-west-1 is in the RegionName enum but Lightsail does not run there.</summary>
    public const string RegionNotServed = "FLS2004";

    /// <summary>B1: the blueprint ID is required and not blank.</summary>
    public const string BlueprintMissing = "FLS3001";

    /// <summary>B7: the blueprint ID is not in the known list.</summary>
    public const string UnknownBlueprint = "FLS3002";

    /// <summary>U1: the bundle ID is required and not blank.</summary>
    public const string BundleMissing = "FLS3003";

    /// <summary>U3: the bundle ID is not in the known list.</summary>
    public const string UnknownBundle = "FLS3004";

    /// <summary>U4: a Windows bundle needs a Windows blueprint and the reverse (both IDs known).</summary>
    public const string PlatformMismatch = "FLS3005";

    /// <summary>U4: the same pairing rule by name heuristic, when an ID is not in the known list.</summary>
    public const string PlatformMismatchLikely = "FLS3006";

    /// <summary>D2: user data over 16 KB of UTF-8.</summary>
    public const string UserDataTooLarge = "FLS4001";

    /// <summary>D4: PowerShell on Windows outside a &lt;powershell&gt; block.</summary>
    public const string PowerShellWithoutTags = "FLS4002";

    /// <summary>D4: a #! script on a Windows blueprint.</summary>
    public const string ShebangOnWindows = "FLS4003";

    /// <summary>D4: a &lt;powershell&gt; block on a Linux/Unix blueprint.</summary>
    public const string PowerShellOnLinux = "FLS4004";

    /// <summary>K2: a key pair name has 2 to 255 characters.</summary>
    public const string KeyPairNameLength = "FLS5001";

    /// <summary>K2: a key pair name starts and ends with an ASCII letter or digit.</summary>
    public const string KeyPairNameEdges = "FLS5002";

    /// <summary>K2: a key pair name has only ASCII letters, digits, '.', '-' and '_'.</summary>
    public const string KeyPairNameCharacters = "FLS5003";

    /// <summary>G2/G3: a tag key has 1 to 128 characters.</summary>
    public const string TagKeyLength = "FLS6001";

    /// <summary>G4: a tag value has at most 256 characters.</summary>
    public const string TagValueLength = "FLS6002";

    /// <summary>G5: tag keys and values use letters, digits, spaces and + - = . _ : / @.</summary>
    public const string TagCharacters = "FLS6003";

    /// <summary>G6: tag keys and values do not start with aws: (any case).</summary>
    public const string TagReservedPrefix = "FLS6004";

    /// <summary>G7: at most 50 tags on the merged list.</summary>
    public const string TooManyTags = "FLS6005";

    /// <summary>G8: tag keys are unique.</summary>
    public const string DuplicateTagKey = "FLS6006";

    /// <summary>O2: the snapshot time is HH:MM with HH from 00 to 23.</summary>
    public const string SnapshotTimeFormat = "FLS7001";

    /// <summary>O3: the snapshot time is on the hour (HH:00).</summary>
    public const string SnapshotTimeNotOnHour = "FLS7002";

    /// <summary>O7: automatic snapshots are not supported for Windows instances.</summary>
    public const string AutoSnapshotOnWindows = "FLS7003";

    /// <summary>O9: StopInstanceOnIdle applies to Lightsail for Research only.</summary>
    public const string StopOnIdleOutsideResearch = "FLS7004";

    /// <summary>O10: the StopInstanceOnIdle threshold and duration are numbers.</summary>
    public const string StopOnIdleNotNumeric = "FLS7005";

    /// <summary>O10: the StopInstanceOnIdle threshold is a CPU percentage, 0 to 100.</summary>
    public const string StopOnIdleThresholdRange = "FLS7006";

    /// <summary>S2/O1: every add-on request names a known add-on type (AutoSnapshot or StopInstanceOnIdle).</summary>
    public const string AddOnTypeMissing = "FLS7007";

    /// <summary>O11: an add-on request carries the sub-request of its own type, and each type appears once.</summary>
    public const string AddOnRequestMismatch = "FLS7008";

    /// <summary>P1: the IP address type is dualstack, ipv4 or ipv6.</summary>
    public const string UnknownIpAddressType = "FLS8001";

    /// <summary>P3: ipv6 needs an IPv6-only (_ipv6_) bundle.</summary>
    public const string Ipv6NeedsIpv6Bundle = "FLS8002";

    /// <summary>P3: an IPv6-only bundle needs ipAddressType ipv6.</summary>
    public const string Ipv6BundleNeedsIpv6 = "FLS8003";

    /// <summary>P2/P3: an IPv6-only bundle without an IP address type gets the default, dualstack.</summary>
    public const string Ipv6BundleWithDefaultType = "FLS8004";

    /// <summary>A template is a partial class.</summary>
    public const string TemplateNotPartial = "FLS9001";

    /// <summary>A template is a class, not a struct.</summary>
    public const string TemplateIsStruct = "FLS9002";

    /// <summary>A template is not a static class (the builder contract excludes it).</summary>
    public const string TemplateIsStatic = "FLS9003";

    /// <summary>A template is not generic.</summary>
    public const string TemplateIsGeneric = "FLS9004";

    /// <summary>Every type containing a template is partial.</summary>
    public const string ContainingTypeNotPartial = "FLS9005";

    /// <summary>A template has one user-data source: [UserData] or [UserDataFile].</summary>
    public const string TwoUserDataSources = "FLS9006";

    /// <summary>A [UserDataFile] path is an AdditionalFiles item.</summary>
    public const string UserDataFileNotFound = "FLS9007";

    /// <summary>A template declares no member under a name the generator adds (Named overloads, stage types).</summary>
    public const string GeneratedNameTaken = "FLS9008";
}
