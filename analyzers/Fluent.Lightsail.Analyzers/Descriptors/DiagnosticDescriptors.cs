using System.Collections.Generic;
using System.Collections.Immutable;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Every diagnostic the analyzers report, one field per id. The message is the rule's own message (it names the value,
/// the rule and the fix), so the text a user sees at compile time and in a run-time exception is the same.
/// </summary>
/// <remarks>Ids and severities are tracked in AnalyzerReleases.*.md; each id has a page under docs/rules.</remarks>
public static class DiagnosticDescriptors
{
    private const string HelpLinkBase = ProjectUrl.Value + "/blob/main/docs/rules/";

    /// <summary>FLS1001: Instance name length (rules reference N2).</summary>
    public static readonly DiagnosticDescriptor InstanceNameLength = new(
        RuleIds.InstanceNameLength,
        "Instance name length",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An instance name has 2 to 255 characters.",
        helpLinkUri: HelpLinkBase + "FLS1001.md");

    /// <summary>FLS1002: Instance name must start and end with a letter or digit (rules reference N3).</summary>
    public static readonly DiagnosticDescriptor InstanceNameEdges = new(
        RuleIds.InstanceNameEdges,
        "Instance name must start and end with a letter or digit",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The first and the last character of an instance name are ASCII letters or digits.",
        helpLinkUri: HelpLinkBase + "FLS1002.md");

    /// <summary>FLS1003: Instance name characters (rules reference N4).</summary>
    public static readonly DiagnosticDescriptor InstanceNameCharacters = new(
        RuleIds.InstanceNameCharacters,
        "Instance name characters",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An instance name contains only ASCII letters, digits, `.`, `-` and `_` (no spaces, no other Unicode letters).",
        helpLinkUri: HelpLinkBase + "FLS1003.md");

    /// <summary>FLS1004: Duplicate instance name (rules reference N7).</summary>
    public static readonly DiagnosticDescriptor DuplicateInstanceName = new(
        RuleIds.DuplicateInstanceName,
        "Duplicate instance name",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The names of one CreateInstances call are distinct.",
        helpLinkUri: HelpLinkBase + "FLS1004.md");

    /// <summary>FLS1005: No instance names (rules reference N8, S1).</summary>
    public static readonly DiagnosticDescriptor NoInstanceNames = new(
        RuleIds.NoInstanceNames,
        "No instance names",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A CreateInstances call names at least one instance.",
        helpLinkUri: HelpLinkBase + "FLS1005.md");

    /// <summary>FLS1006: More instances than the default quota (rules reference N8).</summary>
    public static readonly DiagnosticDescriptor TooManyInstanceNames = new(
        RuleIds.TooManyInstanceNames,
        "More instances than the default quota",
        "{0}",
        "Lightsail.Naming",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "More than 20 names in one call exceed the default Lightsail Instances quota (20 per Region, quota code L-4259AF9B).",
        helpLinkUri: HelpLinkBase + "FLS1006.md");

    /// <summary>FLS2001: Availability zone format (rules reference A2, A3).</summary>
    public static readonly DiagnosticDescriptor AvailabilityZoneFormat = new(
        RuleIds.AvailabilityZoneFormat,
        "Availability zone format",
        "{0}",
        "Lightsail.Placement",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An availability zone is a region name followed by one lower-case letter, such as `us-east-2a`.",
        helpLinkUri: HelpLinkBase + "FLS2001.md");

    /// <summary>FLS2002: Availability zone is not lower-case (rules reference A2).</summary>
    public static readonly DiagnosticDescriptor AvailabilityZoneCase = new(
        RuleIds.AvailabilityZoneCase,
        "Availability zone is not lower-case",
        "{0}",
        "Lightsail.Placement",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Zone names are case-sensitive and lower-case.",
        helpLinkUri: HelpLinkBase + "FLS2002.md");

    /// <summary>FLS2003: Unknown region (rules reference A4).</summary>
    public static readonly DiagnosticDescriptor UnknownRegion = new(
        RuleIds.UnknownRegion,
        "Unknown region",
        "{0}",
        "Lightsail.Placement",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The zone's region is one of Lightsail's `RegionName` values.",
        helpLinkUri: HelpLinkBase + "FLS2003.md");

    /// <summary>FLS2004: Region us-west-1 is not a Lightsail region (rules reference A5).</summary>
    public static readonly DiagnosticDescriptor RegionNotServed = new(
        RuleIds.RegionNotServed,
        "Region us-west-1 is not a Lightsail region",
        "{0}",
        "Lightsail.Placement",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "`us-west-1` is in the `RegionName` enum but not in the Developer Guide's list of regions Lightsail runs in.",
        helpLinkUri: HelpLinkBase + "FLS2004.md");

    /// <summary>FLS3001: Blueprint ID is blank (rules reference B1).</summary>
    public static readonly DiagnosticDescriptor BlueprintMissing = new(
        RuleIds.BlueprintMissing,
        "Blueprint ID is blank",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The blueprint ID is present and contains a non-whitespace character.",
        helpLinkUri: HelpLinkBase + "FLS3001.md");

    /// <summary>FLS3002: Unknown blueprint ID (rules reference B7).</summary>
    public static readonly DiagnosticDescriptor UnknownBlueprint = new(
        RuleIds.UnknownBlueprint,
        "Unknown blueprint ID",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The blueprint ID is not in the known list (`Blueprints.All`); the message names the closest known ID.",
        helpLinkUri: HelpLinkBase + "FLS3002.md");

    /// <summary>FLS3003: Bundle ID is blank (rules reference U1).</summary>
    public static readonly DiagnosticDescriptor BundleMissing = new(
        RuleIds.BundleMissing,
        "Bundle ID is blank",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The bundle ID is present and contains a non-whitespace character.",
        helpLinkUri: HelpLinkBase + "FLS3003.md");

    /// <summary>FLS3004: Unknown bundle ID (rules reference U3).</summary>
    public static readonly DiagnosticDescriptor UnknownBundle = new(
        RuleIds.UnknownBundle,
        "Unknown bundle ID",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The bundle ID is not in the known list (`Bundles.All`); the message names the closest known ID.",
        helpLinkUri: HelpLinkBase + "FLS3004.md");

    /// <summary>FLS3005: Bundle and blueprint platforms differ (rules reference U4).</summary>
    public static readonly DiagnosticDescriptor PlatformMismatch = new(
        RuleIds.PlatformMismatch,
        "Bundle and blueprint platforms differ",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A Windows bundle (`_win`) needs a Windows blueprint, and a Linux/Unix blueprint needs a Linux/Unix bundle. Reported as an error when both IDs are known.",
        helpLinkUri: HelpLinkBase + "FLS3005.md");

    /// <summary>FLS3006: Bundle and blueprint platforms likely differ (rules reference U4).</summary>
    public static readonly DiagnosticDescriptor PlatformMismatchLikely = new(
        RuleIds.PlatformMismatchLikely,
        "Bundle and blueprint platforms likely differ",
        "{0}",
        "Lightsail.Image",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same pairing rule when one ID is not in the known list; the platforms come from the name heuristics (`windows_` blueprint prefix, `_win` bundle segment).",
        helpLinkUri: HelpLinkBase + "FLS3006.md");

    /// <summary>FLS4001: User data over 16 KB (rules reference D2).</summary>
    public static readonly DiagnosticDescriptor UserDataTooLarge = new(
        RuleIds.UserDataTooLarge,
        "User data over 16 KB",
        "{0}",
        "Lightsail.UserData",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The launch script is larger than 16 384 bytes of UTF-8.",
        helpLinkUri: HelpLinkBase + "FLS4001.md");

    /// <summary>FLS4002: PowerShell outside &lt;powershell&gt; tags on Windows (rules reference D4).</summary>
    public static readonly DiagnosticDescriptor PowerShellWithoutTags = new(
        RuleIds.PowerShellWithoutTags,
        "PowerShell outside <powershell> tags on Windows",
        "{0}",
        "Lightsail.UserData",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "On a Windows blueprint, a script that looks like PowerShell (a Verb-Noun cmdlet, `$env:`) is inside `<powershell>…</powershell>`.",
        helpLinkUri: HelpLinkBase + "FLS4002.md");

    /// <summary>FLS4003: Shell script on a Windows blueprint (rules reference D4).</summary>
    public static readonly DiagnosticDescriptor ShebangOnWindows = new(
        RuleIds.ShebangOnWindows,
        "Shell script on a Windows blueprint",
        "{0}",
        "Lightsail.UserData",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Windows instance gets no `#!` script.",
        helpLinkUri: HelpLinkBase + "FLS4003.md");

    /// <summary>FLS4004: PowerShell block on a Linux/Unix blueprint (rules reference D4).</summary>
    public static readonly DiagnosticDescriptor PowerShellOnLinux = new(
        RuleIds.PowerShellOnLinux,
        "PowerShell block on a Linux/Unix blueprint",
        "{0}",
        "Lightsail.UserData",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Linux/Unix instance gets no `<powershell>` block.",
        helpLinkUri: HelpLinkBase + "FLS4004.md");

    /// <summary>FLS5001: Key pair name length (rules reference K2).</summary>
    public static readonly DiagnosticDescriptor KeyPairNameLength = new(
        RuleIds.KeyPairNameLength,
        "Key pair name length",
        "{0}",
        "Lightsail.KeyPair",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key pair name has 2 to 255 characters.",
        helpLinkUri: HelpLinkBase + "FLS5001.md");

    /// <summary>FLS5002: Key pair name must start and end with a letter or digit (rules reference K2).</summary>
    public static readonly DiagnosticDescriptor KeyPairNameEdges = new(
        RuleIds.KeyPairNameEdges,
        "Key pair name must start and end with a letter or digit",
        "{0}",
        "Lightsail.KeyPair",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The first and last characters of a key pair name are ASCII letters or digits.",
        helpLinkUri: HelpLinkBase + "FLS5002.md");

    /// <summary>FLS5003: Key pair name characters (rules reference K2).</summary>
    public static readonly DiagnosticDescriptor KeyPairNameCharacters = new(
        RuleIds.KeyPairNameCharacters,
        "Key pair name characters",
        "{0}",
        "Lightsail.KeyPair",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key pair name contains only ASCII letters, digits, `.`, `-` and `_`.",
        helpLinkUri: HelpLinkBase + "FLS5003.md");

    /// <summary>FLS6001: Tag key length (rules reference G2, G3).</summary>
    public static readonly DiagnosticDescriptor TagKeyLength = new(
        RuleIds.TagKeyLength,
        "Tag key length",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tag key has 1 to 128 characters.",
        helpLinkUri: HelpLinkBase + "FLS6001.md");

    /// <summary>FLS6002: Tag value length (rules reference G4).</summary>
    public static readonly DiagnosticDescriptor TagValueLength = new(
        RuleIds.TagValueLength,
        "Tag value length",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tag value has at most 256 characters; an empty or missing value makes a key-only tag.",
        helpLinkUri: HelpLinkBase + "FLS6002.md");

    /// <summary>FLS6003: Tag characters (rules reference G5).</summary>
    public static readonly DiagnosticDescriptor TagCharacters = new(
        RuleIds.TagCharacters,
        "Tag characters",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Tag keys and values contain letters, digits and spaces (Unicode allowed) and `+ - = . _ : / @`.",
        helpLinkUri: HelpLinkBase + "FLS6003.md");

    /// <summary>FLS6004: Tag uses the reserved aws: prefix (rules reference G6).</summary>
    public static readonly DiagnosticDescriptor TagReservedPrefix = new(
        RuleIds.TagReservedPrefix,
        "Tag uses the reserved aws: prefix",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Neither key nor value starts with `aws:`, in any case.",
        helpLinkUri: HelpLinkBase + "FLS6004.md");

    /// <summary>FLS6005: More than 50 tags (rules reference G7).</summary>
    public static readonly DiagnosticDescriptor TooManyTags = new(
        RuleIds.TooManyTags,
        "More than 50 tags",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The merged tag list (assembly, template and call) has at most 50 tags.",
        helpLinkUri: HelpLinkBase + "FLS6005.md");

    /// <summary>FLS6006: Duplicate tag key (rules reference G8).</summary>
    public static readonly DiagnosticDescriptor DuplicateTagKey = new(
        RuleIds.DuplicateTagKey,
        "Duplicate tag key",
        "{0}",
        "Lightsail.Tags",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Tag keys are unique on one level; a template tag replaces an assembly tag and a call-site tag replaces an inherited one, but two tags with one key on the same level are reported.",
        helpLinkUri: HelpLinkBase + "FLS6006.md");

    /// <summary>FLS7001: Snapshot time format (rules reference O2).</summary>
    public static readonly DiagnosticDescriptor SnapshotTimeFormat = new(
        RuleIds.SnapshotTimeFormat,
        "Snapshot time format",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The AutoSnapshot time is `HH:00` in UTC with HH from 00 to 23. The fix data carries the hour rounded down (`6:30` becomes `06:00`).",
        helpLinkUri: HelpLinkBase + "FLS7001.md");

    /// <summary>FLS7002: Snapshot time not on the hour (rules reference O3).</summary>
    public static readonly DiagnosticDescriptor SnapshotTimeNotOnHour = new(
        RuleIds.SnapshotTimeNotOnHour,
        "Snapshot time not on the hour",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The AutoSnapshot time has minutes `00`.",
        helpLinkUri: HelpLinkBase + "FLS7002.md");

    /// <summary>FLS7003: AutoSnapshot on a Windows instance (rules reference O7).</summary>
    public static readonly DiagnosticDescriptor AutoSnapshotOnWindows = new(
        RuleIds.AutoSnapshotOnWindows,
        "AutoSnapshot on a Windows instance",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AutoSnapshot is not combined with a Windows blueprint or `_win` bundle.",
        helpLinkUri: HelpLinkBase + "FLS7003.md");

    /// <summary>FLS7004: StopInstanceOnIdle outside Lightsail for Research (rules reference O9).</summary>
    public static readonly DiagnosticDescriptor StopOnIdleOutsideResearch = new(
        RuleIds.StopOnIdleOutsideResearch,
        "StopInstanceOnIdle outside Lightsail for Research",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "StopInstanceOnIdle is used only with Lightsail for Research bundles and blueprints. Heuristic, since LfR cannot be told from an ID for sure: an ID counts as LfR when it starts with `lfr_`, `app_` or `gpu_` or has an `lfr` segment; otherwise this warns.",
        helpLinkUri: HelpLinkBase + "FLS7004.md");

    /// <summary>FLS7005: StopInstanceOnIdle value is not a number (rules reference O10).</summary>
    public static readonly DiagnosticDescriptor StopOnIdleNotNumeric = new(
        RuleIds.StopOnIdleNotNumeric,
        "StopInstanceOnIdle value is not a number",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The threshold (CPU percent) and the duration (minutes) are numbers written as strings.",
        helpLinkUri: HelpLinkBase + "FLS7005.md");

    /// <summary>FLS7006: StopInstanceOnIdle threshold outside 0-100 (rules reference O10).</summary>
    public static readonly DiagnosticDescriptor StopOnIdleThresholdRange = new(
        RuleIds.StopOnIdleThresholdRange,
        "StopInstanceOnIdle threshold outside 0-100",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The threshold is a CPU utilisation percentage, so values outside 0 to 100 never or always trigger.",
        helpLinkUri: HelpLinkBase + "FLS7006.md");

    /// <summary>FLS7007: Add-on request without a known type (rules reference S2, O1).</summary>
    public static readonly DiagnosticDescriptor AddOnTypeMissing = new(
        RuleIds.AddOnTypeMissing,
        "Add-on request without a known type",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every add-on request of a hand-built request names its type, `AutoSnapshot` or `StopInstanceOnIdle` (case-sensitive). Only `CreateInstancesRequestValidator` reports it; the DSL cannot produce it.",
        helpLinkUri: HelpLinkBase + "FLS7007.md");

    /// <summary>FLS7008: Add-on sub-request does not match its type (rules reference O11).</summary>
    public static readonly DiagnosticDescriptor AddOnRequestMismatch = new(
        RuleIds.AddOnRequestMismatch,
        "Add-on sub-request does not match its type",
        "{0}",
        "Lightsail.AddOns",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An add-on request carries the sub-request of its own type (`autoSnapshotAddOnRequest` with `AutoSnapshot`, `stopInstanceOnIdleRequest` with `StopInstanceOnIdle`), and each type appears once. Only `CreateInstancesRequestValidator` reports it; the DSL cannot produce it.",
        helpLinkUri: HelpLinkBase + "FLS7008.md");

    /// <summary>FLS8001: Unknown IP address type (rules reference P1).</summary>
    public static readonly DiagnosticDescriptor UnknownIpAddressType = new(
        RuleIds.UnknownIpAddressType,
        "Unknown IP address type",
        "{0}",
        "Lightsail.Networking",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The IP address type is `dualstack`, `ipv4` or `ipv6`, lower-case.",
        helpLinkUri: HelpLinkBase + "FLS8001.md");

    /// <summary>FLS8002: ipv6 needs an IPv6-only bundle (rules reference P3).</summary>
    public static readonly DiagnosticDescriptor Ipv6NeedsIpv6Bundle = new(
        RuleIds.Ipv6NeedsIpv6Bundle,
        "ipv6 needs an IPv6-only bundle",
        "{0}",
        "Lightsail.Networking",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "`ipv6` is combined with an IPv6-only (`_ipv6_`) bundle.",
        helpLinkUri: HelpLinkBase + "FLS8002.md");

    /// <summary>FLS8003: IPv6-only bundle with ipv4 or dualstack (rules reference P3).</summary>
    public static readonly DiagnosticDescriptor Ipv6BundleNeedsIpv6 = new(
        RuleIds.Ipv6BundleNeedsIpv6,
        "IPv6-only bundle with ipv4 or dualstack",
        "{0}",
        "Lightsail.Networking",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An IPv6-only (`_ipv6_`) bundle is combined with `ipv6`, not `ipv4` or `dualstack`.",
        helpLinkUri: HelpLinkBase + "FLS8003.md");

    /// <summary>FLS8004: IPv6-only bundle with the default IP address type (rules reference P2, P3).</summary>
    public static readonly DiagnosticDescriptor Ipv6BundleWithDefaultType = new(
        RuleIds.Ipv6BundleWithDefaultType,
        "IPv6-only bundle with the default IP address type",
        "{0}",
        "Lightsail.Networking",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An IPv6-only bundle without an IP address type gets the default, `dualstack`, which does not fit it.",
        helpLinkUri: HelpLinkBase + "FLS8004.md");

    /// <summary>FLS9001: Template is not partial (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor TemplateNotPartial = new(
        RuleIds.TemplateNotPartial,
        "Template is not partial",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A class with `[InstanceTemplate]` is declared `partial`.",
        helpLinkUri: HelpLinkBase + "FLS9001.md");

    /// <summary>FLS9002: Template is a struct (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor TemplateIsStruct = new(
        RuleIds.TemplateIsStruct,
        "Template is a struct",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A template is a class or record class, not a struct; the compiler also reports CS0592, since the attribute targets classes.",
        helpLinkUri: HelpLinkBase + "FLS9002.md");

    /// <summary>FLS9003: Template is static (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor TemplateIsStatic = new(
        RuleIds.TemplateIsStatic,
        "Template is static",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A template is not a static class.",
        helpLinkUri: HelpLinkBase + "FLS9003.md");

    /// <summary>FLS9004: Template is generic (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor TemplateIsGeneric = new(
        RuleIds.TemplateIsGeneric,
        "Template is generic",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A template has no type parameters.",
        helpLinkUri: HelpLinkBase + "FLS9004.md");

    /// <summary>FLS9005: Template nested in a non-partial type (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        RuleIds.ContainingTypeNotPartial,
        "Template nested in a non-partial type",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every type that contains a template is `partial` too.",
        helpLinkUri: HelpLinkBase + "FLS9005.md");

    /// <summary>FLS9006: Two user-data sources (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor TwoUserDataSources = new(
        RuleIds.TwoUserDataSources,
        "Two user-data sources",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A template has `[UserData]` or `[UserDataFile]`, not both.",
        helpLinkUri: HelpLinkBase + "FLS9006.md");

    /// <summary>FLS9007: UserDataFile is not an AdditionalFiles item (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor UserDataFileNotFound = new(
        RuleIds.UserDataFileNotFound,
        "UserDataFile is not an AdditionalFiles item",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The path of `[UserDataFile]` names an `AdditionalFiles` item of the project (relative to the project folder, `/` or `\\` separators).",
        helpLinkUri: HelpLinkBase + "FLS9007.md");

    /// <summary>FLS9008: Template declares a name the generator adds (rules reference builder contract).</summary>
    public static readonly DiagnosticDescriptor GeneratedNameTaken = new(
        RuleIds.GeneratedNameTaken,
        "Template declares a name the generator adds",
        "{0}",
        "Lightsail.Template",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A template does not declare a member named `NeedsAvailabilityZone`, `NeedsBlueprint`, `NeedsBundle`, `Ready` or `InstanceBuilder`, nor a `Named` member that is not a method or takes `string`, `string[]` or `IEnumerable<string>`: the generator adds those.",
        helpLinkUri: HelpLinkBase + "FLS9008.md");

    /// <summary>Every descriptor, for SupportedDiagnostics.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        InstanceNameLength,
        InstanceNameEdges,
        InstanceNameCharacters,
        DuplicateInstanceName,
        NoInstanceNames,
        TooManyInstanceNames,
        AvailabilityZoneFormat,
        AvailabilityZoneCase,
        UnknownRegion,
        RegionNotServed,
        BlueprintMissing,
        UnknownBlueprint,
        BundleMissing,
        UnknownBundle,
        PlatformMismatch,
        PlatformMismatchLikely,
        UserDataTooLarge,
        PowerShellWithoutTags,
        ShebangOnWindows,
        PowerShellOnLinux,
        KeyPairNameLength,
        KeyPairNameEdges,
        KeyPairNameCharacters,
        TagKeyLength,
        TagValueLength,
        TagCharacters,
        TagReservedPrefix,
        TooManyTags,
        DuplicateTagKey,
        SnapshotTimeFormat,
        SnapshotTimeNotOnHour,
        AutoSnapshotOnWindows,
        StopOnIdleOutsideResearch,
        StopOnIdleNotNumeric,
        StopOnIdleThresholdRange,
        AddOnTypeMissing,
        AddOnRequestMismatch,
        UnknownIpAddressType,
        Ipv6NeedsIpv6Bundle,
        Ipv6BundleNeedsIpv6,
        Ipv6BundleWithDefaultType,
        TemplateNotPartial,
        TemplateIsStruct,
        TemplateIsStatic,
        TemplateIsGeneric,
        ContainingTypeNotPartial,
        TwoUserDataSources,
        UserDataFileNotFound,
        GeneratedNameTaken);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    /// <summary>The descriptor of a rule id reported by Rules/.</summary>
    public static DiagnosticDescriptor ForRule(string ruleId) => ById[ruleId];

    private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in All)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
