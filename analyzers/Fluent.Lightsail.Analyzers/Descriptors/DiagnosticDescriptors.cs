using System.Collections.Generic;
using System.Collections.Immutable;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using static Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Every diagnostic the analyzers report, as a table: one row per id with its area, default severity, title and
/// description. The message is the rule's own message (it names the value, the rule and the fix), so the text a user
/// sees at compile time and in a run-time exception is the same; the help link is the id's page under docs/rules.
/// </summary>
/// <remarks>
/// Ids, areas and severities are also listed in AnalyzerReleases.Unshipped.md. Release tracking (RS2000-RS2008) reads
/// only descriptors created with constant arguments, not rows made through <see cref="Row"/>, so CatalogueTests checks
/// that file, the docs pages and <see cref="RuleIds"/> against <see cref="All"/> instead.
/// </remarks>
public static class DiagnosticDescriptors
{
    private const string HelpLinkBase = ProjectUrl.Value + "/blob/main/docs/rules/";

    private const string Naming = "Lightsail.Naming";
    private const string Placement = "Lightsail.Placement";
    private const string Image = "Lightsail.Image";
    private const string UserData = "Lightsail.UserData";
    private const string KeyPair = "Lightsail.KeyPair";
    private const string Tags = "Lightsail.Tags";
    private const string AddOns = "Lightsail.AddOns";
    private const string Networking = "Lightsail.Networking";
    private const string Template = "Lightsail.Template";

    // Declared before the rows: static fields are initialised in text order, and every row adds itself here.
    private static readonly List<DiagnosticDescriptor> Rows = new();

    public static readonly DiagnosticDescriptor InstanceNameLength = Row(RuleIds.InstanceNameLength, Naming, Error,
        "Instance name length",
        "An instance name has 2 to 255 characters.");

    public static readonly DiagnosticDescriptor InstanceNameEdges = Row(RuleIds.InstanceNameEdges, Naming, Error,
        "Instance name must start and end with a letter or digit",
        "The first and the last character of an instance name are ASCII letters or digits.");

    public static readonly DiagnosticDescriptor InstanceNameCharacters = Row(RuleIds.InstanceNameCharacters, Naming, Error,
        "Instance name characters",
        "An instance name contains only ASCII letters, digits, `.`, `-` and `_` (no spaces, no other Unicode letters).");

    public static readonly DiagnosticDescriptor DuplicateInstanceName = Row(RuleIds.DuplicateInstanceName, Naming, Error,
        "Duplicate instance name",
        "The names of one CreateInstances call are distinct.");

    public static readonly DiagnosticDescriptor NoInstanceNames = Row(RuleIds.NoInstanceNames, Naming, Error,
        "No instance names",
        "A CreateInstances call names at least one instance.");

    public static readonly DiagnosticDescriptor TooManyInstanceNames = Row(RuleIds.TooManyInstanceNames, Naming, Warning,
        "More instances than the default quota",
        "More than 20 names in one call exceed the default Lightsail Instances quota (20 per Region, quota code L-4259AF9B).");

    public static readonly DiagnosticDescriptor AvailabilityZoneFormat = Row(RuleIds.AvailabilityZoneFormat, Placement, Error,
        "Availability zone format",
        "An availability zone is a region name followed by one lower-case letter, such as `us-east-2a`.");

    public static readonly DiagnosticDescriptor AvailabilityZoneCase = Row(RuleIds.AvailabilityZoneCase, Placement, Error,
        "Availability zone is not lower-case",
        "Zone names are case-sensitive and lower-case.");

    public static readonly DiagnosticDescriptor UnknownRegion = Row(RuleIds.UnknownRegion, Placement, Error,
        "Unknown region",
        "The zone's region is one of Lightsail's `RegionName` values.");

    public static readonly DiagnosticDescriptor RegionNotServed = Row(RuleIds.RegionNotServed, Placement, Warning,
        "Region us-west-1 is not a Lightsail region",
        "`us-west-1` is in the `RegionName` enum but not in the Developer Guide's list of regions Lightsail runs in.");

    public static readonly DiagnosticDescriptor BlueprintMissing = Row(RuleIds.BlueprintMissing, Image, Error,
        "Blueprint ID is blank",
        "The blueprint ID is present and contains a non-whitespace character.");

    public static readonly DiagnosticDescriptor UnknownBlueprint = Row(RuleIds.UnknownBlueprint, Image, Warning,
        "Unknown blueprint ID",
        "The blueprint ID is not in the known list (`Blueprints.All`); the message names the closest known ID.");

    public static readonly DiagnosticDescriptor BundleMissing = Row(RuleIds.BundleMissing, Image, Error,
        "Bundle ID is blank",
        "The bundle ID is present and contains a non-whitespace character.");

    public static readonly DiagnosticDescriptor UnknownBundle = Row(RuleIds.UnknownBundle, Image, Warning,
        "Unknown bundle ID",
        "The bundle ID is not in the known list (`Bundles.All`); the message names the closest known ID.");

    public static readonly DiagnosticDescriptor PlatformMismatch = Row(RuleIds.PlatformMismatch, Image, Error,
        "Bundle and blueprint platforms differ",
        "A Windows bundle (`_win`) needs a Windows blueprint, and a Linux/Unix blueprint needs a Linux/Unix bundle. Reported as an error when both IDs are known.");

    public static readonly DiagnosticDescriptor PlatformMismatchLikely = Row(RuleIds.PlatformMismatchLikely, Image, Warning,
        "Bundle and blueprint platforms likely differ",
        "The same pairing rule when one ID is not in the known list; the platforms come from the name heuristics (`windows_` blueprint prefix, `_win` bundle segment).");

    public static readonly DiagnosticDescriptor UserDataTooLarge = Row(RuleIds.UserDataTooLarge, UserData, Warning,
        "User data over 16 KB",
        "The launch script is larger than 16 384 bytes of UTF-8.");

    public static readonly DiagnosticDescriptor PowerShellWithoutTags = Row(RuleIds.PowerShellWithoutTags, UserData, Warning,
        "PowerShell outside <powershell> tags on Windows",
        "On a Windows blueprint, a script that looks like PowerShell (a Verb-Noun cmdlet, `$env:`) is inside `<powershell>…</powershell>`.");

    public static readonly DiagnosticDescriptor ShebangOnWindows = Row(RuleIds.ShebangOnWindows, UserData, Warning,
        "Shell script on a Windows blueprint",
        "A Windows instance gets no `#!` script.");

    public static readonly DiagnosticDescriptor PowerShellOnLinux = Row(RuleIds.PowerShellOnLinux, UserData, Warning,
        "PowerShell block on a Linux/Unix blueprint",
        "A Linux/Unix instance gets no `<powershell>` block.");

    public static readonly DiagnosticDescriptor KeyPairNameLength = Row(RuleIds.KeyPairNameLength, KeyPair, Error,
        "Key pair name length",
        "A key pair name has 2 to 255 characters.");

    public static readonly DiagnosticDescriptor KeyPairNameEdges = Row(RuleIds.KeyPairNameEdges, KeyPair, Error,
        "Key pair name must start and end with a letter or digit",
        "The first and last characters of a key pair name are ASCII letters or digits.");

    public static readonly DiagnosticDescriptor KeyPairNameCharacters = Row(RuleIds.KeyPairNameCharacters, KeyPair, Error,
        "Key pair name characters",
        "A key pair name contains only ASCII letters, digits, `.`, `-` and `_`.");

    public static readonly DiagnosticDescriptor TagKeyLength = Row(RuleIds.TagKeyLength, Tags, Error,
        "Tag key length",
        "A tag key has 1 to 128 characters.");

    public static readonly DiagnosticDescriptor TagValueLength = Row(RuleIds.TagValueLength, Tags, Error,
        "Tag value length",
        "A tag value has at most 256 characters; an empty or missing value makes a key-only tag.");

    public static readonly DiagnosticDescriptor TagCharacters = Row(RuleIds.TagCharacters, Tags, Error,
        "Tag characters",
        "Tag keys and values contain letters, digits and spaces (Unicode allowed) and `+ - = . _ : / @`.");

    public static readonly DiagnosticDescriptor TagReservedPrefix = Row(RuleIds.TagReservedPrefix, Tags, Error,
        "Tag uses the reserved aws: prefix",
        "Neither key nor value starts with `aws:`, in any case.");

    public static readonly DiagnosticDescriptor TooManyTags = Row(RuleIds.TooManyTags, Tags, Error,
        "More than 50 tags",
        "The merged tag list (assembly, template and call) has at most 50 tags.");

    public static readonly DiagnosticDescriptor DuplicateTagKey = Row(RuleIds.DuplicateTagKey, Tags, Error,
        "Duplicate tag key",
        "Tag keys are unique on one level; a template tag replaces an assembly tag and a call-site tag replaces an inherited one, but two tags with one key on the same level are reported.");

    public static readonly DiagnosticDescriptor SnapshotTimeFormat = Row(RuleIds.SnapshotTimeFormat, AddOns, Error,
        "Snapshot time format",
        "The AutoSnapshot time is `HH:00` in UTC with HH from 00 to 23. The fix data carries the hour rounded down (`6:30` becomes `06:00`).");

    public static readonly DiagnosticDescriptor SnapshotTimeNotOnHour = Row(RuleIds.SnapshotTimeNotOnHour, AddOns, Error,
        "Snapshot time not on the hour",
        "The AutoSnapshot time has minutes `00`.");

    public static readonly DiagnosticDescriptor AutoSnapshotOnWindows = Row(RuleIds.AutoSnapshotOnWindows, AddOns, Warning,
        "AutoSnapshot on a Windows instance",
        "AutoSnapshot is not combined with a Windows blueprint or `_win` bundle.");

    public static readonly DiagnosticDescriptor StopOnIdleOutsideResearch = Row(RuleIds.StopOnIdleOutsideResearch, AddOns, Warning,
        "StopInstanceOnIdle outside Lightsail for Research",
        "StopInstanceOnIdle is used only with Lightsail for Research bundles and blueprints. Heuristic, since LfR cannot be told from an ID for sure: an ID counts as LfR when it starts with `lfr_`, `app_` or `gpu_` or has an `lfr` segment; otherwise this warns.");

    public static readonly DiagnosticDescriptor StopOnIdleNotNumeric = Row(RuleIds.StopOnIdleNotNumeric, AddOns, Warning,
        "StopInstanceOnIdle value is not a number",
        "The threshold (CPU percent) and the duration (minutes) are numbers written as strings.");

    public static readonly DiagnosticDescriptor StopOnIdleThresholdRange = Row(RuleIds.StopOnIdleThresholdRange, AddOns, Info,
        "StopInstanceOnIdle threshold outside 0-100",
        "The threshold is a CPU utilisation percentage, so values outside 0 to 100 never or always trigger.");

    public static readonly DiagnosticDescriptor AddOnTypeMissing = Row(RuleIds.AddOnTypeMissing, AddOns, Error,
        "Add-on request without a known type",
        "Every add-on request of a hand-built request names its type, `AutoSnapshot` or `StopInstanceOnIdle` (case-sensitive). Only `CreateInstancesRequestValidator` reports it; the DSL cannot produce it.");

    public static readonly DiagnosticDescriptor AddOnRequestMismatch = Row(RuleIds.AddOnRequestMismatch, AddOns, Warning,
        "Add-on sub-request does not match its type",
        "An add-on request carries the sub-request of its own type (`autoSnapshotAddOnRequest` with `AutoSnapshot`, `stopInstanceOnIdleRequest` with `StopInstanceOnIdle`), and each type appears once. Only `CreateInstancesRequestValidator` reports it; the DSL cannot produce it.");

    public static readonly DiagnosticDescriptor UnknownIpAddressType = Row(RuleIds.UnknownIpAddressType, Networking, Error,
        "Unknown IP address type",
        "The IP address type is `dualstack`, `ipv4` or `ipv6`, lower-case.");

    public static readonly DiagnosticDescriptor Ipv6NeedsIpv6Bundle = Row(RuleIds.Ipv6NeedsIpv6Bundle, Networking, Error,
        "ipv6 needs an IPv6-only bundle",
        "`ipv6` is combined with an IPv6-only (`_ipv6_`) bundle.");

    public static readonly DiagnosticDescriptor Ipv6BundleNeedsIpv6 = Row(RuleIds.Ipv6BundleNeedsIpv6, Networking, Error,
        "IPv6-only bundle with ipv4 or dualstack",
        "An IPv6-only (`_ipv6_`) bundle is combined with `ipv6`, not `ipv4` or `dualstack`.");

    public static readonly DiagnosticDescriptor Ipv6BundleWithDefaultType = Row(RuleIds.Ipv6BundleWithDefaultType, Networking, Warning,
        "IPv6-only bundle with the default IP address type",
        "An IPv6-only bundle without an IP address type gets the default, `dualstack`, which does not fit it.");

    public static readonly DiagnosticDescriptor TemplateNotPartial = Row(RuleIds.TemplateNotPartial, Template, Error,
        "Template is not partial",
        "A class with `[InstanceTemplate]` is declared `partial`.");

    public static readonly DiagnosticDescriptor TemplateIsStruct = Row(RuleIds.TemplateIsStruct, Template, Error,
        "Template is a struct",
        "A template is a class or record class, not a struct; the compiler also reports CS0592, since the attribute targets classes.");

    public static readonly DiagnosticDescriptor TemplateIsStatic = Row(RuleIds.TemplateIsStatic, Template, Error,
        "Template is static",
        "A template is not a static class.");

    public static readonly DiagnosticDescriptor TemplateIsGeneric = Row(RuleIds.TemplateIsGeneric, Template, Error,
        "Template is generic",
        "A template has no type parameters.");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Row(RuleIds.ContainingTypeNotPartial, Template, Error,
        "Template nested in a non-partial type",
        "Every type that contains a template is `partial` too.");

    public static readonly DiagnosticDescriptor TwoUserDataSources = Row(RuleIds.TwoUserDataSources, Template, Error,
        "Two user-data sources",
        "A template has `[UserData]` or `[UserDataFile]`, not both.");

    public static readonly DiagnosticDescriptor UserDataFileNotFound = Row(RuleIds.UserDataFileNotFound, Template, Error,
        "UserDataFile is not an AdditionalFiles item",
        "The path of `[UserDataFile]` names an `AdditionalFiles` item of the project (relative to the project folder, `/` or `\\` separators).");

    public static readonly DiagnosticDescriptor GeneratedNameTaken = Row(RuleIds.GeneratedNameTaken, Template, Error,
        "Template declares a name the generator adds",
        "A template does not declare a member named `LightsailTemplateValues`, nor a `Named` member that is not a method or takes `string`, `string[]` or `IEnumerable<string>`: the generator adds those.");

    /// <summary>Every descriptor, in id order, for SupportedDiagnostics.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = Rows.ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    /// <summary>The descriptor of a rule id reported by Rules/.</summary>
    public static DiagnosticDescriptor ForRule(string ruleId) => ById[ruleId];

    private static DiagnosticDescriptor Row(string id, string category, DiagnosticSeverity severity, string title, string description)
    {
        var descriptor = new DiagnosticDescriptor(
            id,
            title,
            messageFormat: "{0}",
            category,
            severity,
            isEnabledByDefault: true,
            description,
            helpLinkUri: HelpLinkBase + id + ".md");
        Rows.Add(descriptor);
        return descriptor;
    }

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
