using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Fluent.Lightsail.Analyzers;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Attributes = Fluent.Lightsail.Vocabulary.RequestMembers.Attributes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Writes a new value where a member is written. Mechanical fixes (their result is certain): a zone's case and
/// spacing, HH:MM → HH:00, tag and instance-name characters (unique in their list), the 'aws:' prefix, StopInstanceOnIdle
/// units, an IP address type's case, ipv6 for an IPv6-only bundle. Choices, by name: another region, blueprint or bundle,
/// the other member of a cross-field rule, shortened tags, key pair names, the PowerShell wrapper.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValueCodeFixProvider))]
[Shared]
public sealed class ValueCodeFixProvider : EditorCodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.InstanceNameLength,
        RuleIds.InstanceNameEdges,
        RuleIds.InstanceNameCharacters,
        RuleIds.AvailabilityZoneFormat,
        RuleIds.AvailabilityZoneCase,
        RuleIds.UnknownRegion,
        RuleIds.RegionNotServed,
        RuleIds.BlueprintMissing,
        RuleIds.UnknownBlueprint,
        RuleIds.BundleMissing,
        RuleIds.UnknownBundle,
        RuleIds.PlatformMismatch,
        RuleIds.PlatformMismatchLikely,
        RuleIds.PowerShellWithoutTags,
        RuleIds.KeyPairNameLength,
        RuleIds.KeyPairNameEdges,
        RuleIds.KeyPairNameCharacters,
        RuleIds.TagKeyLength,
        RuleIds.TagValueLength,
        RuleIds.TagCharacters,
        RuleIds.TagReservedPrefix,
        RuleIds.SnapshotTimeFormat,
        RuleIds.SnapshotTimeNotOnHour,
        RuleIds.StopOnIdleNotNumeric,
        RuleIds.UnknownIpAddressType,
        RuleIds.Ipv6NeedsIpv6Bundle,
        RuleIds.Ipv6BundleNeedsIpv6,
        RuleIds.Ipv6BundleWithDefaultType);

    internal override IEnumerable<EditorFix> GetFixes(FixRequest request)
    {
        if (request.Property(RuleDiagnostics.MemberProperty) is not { } rawMember)
        {
            return Enumerable.Empty<EditorFix>();
        }

        var member = RequestMembers.Normalize(rawMember);
        var ruleId = request.Diagnostic.Id;
        var replacement = request.Property(FixDataKeys.Replacement);
        return ruleId switch
        {
            RuleIds.InstanceNameEdges or RuleIds.InstanceNameCharacters => NameFixes(request, member, mechanical: true),
            RuleIds.InstanceNameLength => NameFixes(request, member, mechanical: false),
            RuleIds.AvailabilityZoneFormat => ZoneFormat(request, member, replacement),
            RuleIds.AvailabilityZoneCase => Set(request, member, replacement, FixKind.Mechanical, FixTitles.LowerCase),
            RuleIds.UnknownRegion => OtherRegions(request, member),
            RuleIds.RegionNotServed => Set(request, member, replacement, FixKind.Choice, FixTitles.Zone),
            RuleIds.TagCharacters or RuleIds.TagReservedPrefix => TagTextFixes(request, member, ruleId),
            RuleIds.TagKeyLength or RuleIds.TagValueLength => TagLength(request, member, replacement, ruleId),
            RuleIds.SnapshotTimeFormat or RuleIds.SnapshotTimeNotOnHour => Set(request, member, replacement, FixKind.Mechanical, FixTitles.OnTheHour),
            RuleIds.StopOnIdleNotNumeric => IdleNumber(request, member),
            RuleIds.UnknownIpAddressType => IpAddressType(request, member, replacement),
            RuleIds.Ipv6BundleWithDefaultType => Ipv6BundleWithDefaultType(request),
            RuleIds.PlatformMismatch or RuleIds.PlatformMismatchLikely => PlatformFixes(request, member, replacement, ruleId),
            _ => Choices(request, member, replacement, ruleId),
        };
    }

    /// <summary>B1, B7, U1, U3, P3's two ways out, D4's wrapper, key pair names: each a decision, offered by name.</summary>
    private static IEnumerable<EditorFix> Choices(FixRequest request, string member, string? replacement, string ruleId)
    {
        foreach (var fix in Set(request, member, replacement, FixKind.Choice, v => FixTitles.ForReplacement(ruleId, v)))
        {
            yield return fix;
        }

        if (request.Property(FixDataKeys.OtherMember) is { } otherMember
            && request.Property(FixDataKeys.OtherReplacement) is { } otherReplacement
            && MemberSites.Set(request, otherMember, otherReplacement) is { } setOther)
        {
            yield return EditorFix.Choice(FixTitles.ForOtherMember(otherMember, otherReplacement), setOther);
        }
    }

    private static IEnumerable<EditorFix> Set(FixRequest request, string member, string? value, FixKind kind, System.Func<string, string> title)
    {
        if (value != null && MemberSites.Set(request, member, value) is { } set)
        {
            yield return kind == FixKind.Mechanical
                ? EditorFix.Mechanical(title(value), set, MemberSites.ConstantTarget(request, member))
                : EditorFix.Choice(title(value), set);
        }
    }

    private static string? SiteText(FixRequest request, string member, out ExpressionSyntax? site)
    {
        site = MemberSites.Find(request, member);
        return site is null ? null : request.Model.GetConstantValue(site, request.CancellationToken).Value as string;
    }

    /// <summary>N2-N4: characters and edges are mechanical; a name that also needs padding or shortening is a choice.</summary>
    private static IEnumerable<EditorFix> NameFixes(FixRequest request, string member, bool mechanical)
    {
        if (member.StartsWith(InstanceRules.KeyPairMember, System.StringComparison.Ordinal))
        {
            // A key pair name names a key pair that exists (or not) in the Region: another name is a decision.
            return Choices(request, member, request.Property(FixDataKeys.Replacement), request.Diagnostic.Id);
        }

        if (request.Node is not ExpressionSyntax site || NameScope.Of(site, request.Model, request.CancellationToken) is not { } scope)
        {
            return Enumerable.Empty<EditorFix>();
        }

        var repair = mechanical ? scope.MechanicalRepair() ?? scope.FullRepair() : scope.FullRepair();
        var kind = mechanical && scope.MechanicalRepair() != null ? FixKind.Mechanical : FixKind.Choice;
        return Set(request, member, repair, kind, v => $"Use {FixTitles.Quote(v)}");
    }

    /// <summary>A2/A3: spacing and case are mechanical; a bare region gets zone 'a' only as a choice.</summary>
    private static IEnumerable<EditorFix> ZoneFormat(FixRequest request, string member, string? replacement)
    {
        var text = SiteText(request, member, out _);
        var mechanical = replacement != null && text != null && text.Trim().ToLowerInvariant() == replacement;
        return mechanical
            ? Set(request, member, replacement, FixKind.Mechanical, v => $"Use {FixTitles.Quote(v)} (trimmed, lower-case)")
            : Set(request, member, replacement, FixKind.Choice, FixTitles.Zone);
    }

    /// <summary>A4: the closest spellings among the served regions, each named by its place, with the same zone letter.</summary>
    private static IEnumerable<EditorFix> OtherRegions(FixRequest request, string member)
    {
        var zone = SiteText(request, member, out _)?.ToLowerInvariant();
        if (zone is null || zone.Length < 2)
        {
            yield break;
        }

        var letter = zone[zone.Length - 1];
        foreach (var region in RegionNames.Closest(zone.Substring(0, zone.Length - 1)))
        {
            foreach (var fix in Set(request, member, region + letter, FixKind.Choice, FixTitles.Zone))
            {
                yield return fix;
            }
        }
    }

    /// <summary>
    /// G5/G6: the mechanical repair (NFC when that suffices, else '-' for each invalid character, then without 'aws:'),
    /// unique among the keys of the merged list; '_' and removing the characters are choices.
    /// </summary>
    private static IEnumerable<EditorFix> TagTextFixes(FixRequest request, string member, string ruleId)
    {
        if (SiteText(request, member, out var site) is not { } text || site is null)
        {
            yield break;
        }

        var isKey = member == RequestMembers.TagKey;
        var scope = isKey ? TagScope.Of(site, request.Model, request.CancellationToken) : null;
        if (isKey && scope is null)
        {
            yield break;
        }

        // The mechanical repair plans for every key of the list at once; a choice is applied alone, so it avoids the
        // other keys as they are.
        var mechanical = scope is null ? Usable(TagRepairs.Mechanical(text)) : UniqueValues.RepairAt(scope.Keys, scope.Index, TagRepairs.Mechanical, TagRules.MaxKeyLength);
        string? Choice(char? substitute)
        {
            var repaired = Usable(TagRepairs.Repair(text, substitute));
            return scope is null || repaired is null
                ? repaired
                : UniqueValues.Free(repaired, new HashSet<string>(scope.Keys.Where((key, i) => key != null && i != scope.Index).Select(key => key!), System.StringComparer.Ordinal), TagRules.MaxKeyLength);
        }

        var byNormalization = TagRepairs.NormalizationFixes(text);
        foreach (var fix in Set(request, member, mechanical, FixKind.Mechanical, v => FixTitles.TagRepair(v, byNormalization, ruleId == RuleIds.TagReservedPrefix)))
        {
            yield return fix;
        }

        if (ruleId != RuleIds.TagCharacters || TagRepairs.NormalizationFixes(text))
        {
            yield break;
        }

        var removed = Choice(null);
        foreach (var fix in Set(request, member, removed, FixKind.Choice, FixTitles.RemoveCharacters))
        {
            yield return fix;
        }

        var underscored = Choice('_');
        foreach (var fix in Set(request, member, underscored, FixKind.Choice, FixTitles.Underscores))
        {
            yield return fix;
        }
    }

    private static string? Usable(string? repaired) => ReferenceEquals(repaired, UniqueValues.NoRepair) ? null : repaired;

    /// <summary>G2/G4: shortening loses text, so it is a choice; a shortened key stays unique.</summary>
    private static IEnumerable<EditorFix> TagLength(FixRequest request, string member, string? replacement, string ruleId)
    {
        if (replacement != null && member == RequestMembers.TagKey)
        {
            var site = MemberSites.Find(request, member);
            var scope = site is null ? null : TagScope.Of(site, request.Model, request.CancellationToken);
            var taken = new HashSet<string>(scope is null ? Enumerable.Empty<string>() : scope.Keys.Where((key, i) => key != null && i != scope.Index).Select(key => key!), System.StringComparer.Ordinal);
            replacement = scope is null ? null : UniqueValues.Free(replacement, taken, TagRules.MaxKeyLength);
        }

        return Set(request, member, replacement, FixKind.Choice, v => FixTitles.ForReplacement(ruleId, v));
    }

    /// <summary>O10: the number in the unit Lightsail expects ("1h" → "60" minutes, "5%" → "5"); no fix when that is unclear.</summary>
    private static IEnumerable<EditorFix> IdleNumber(FixRequest request, string member)
    {
        var text = SiteText(request, member, out _);
        var number = member == AddOnRules.DurationMember ? IdleValues.Minutes(text) : IdleValues.Percent(text);
        var unit = member == AddOnRules.DurationMember ? "minutes" : "percent";
        return Set(request, member, number, FixKind.Mechanical, v => FixTitles.InUnit(v, unit));
    }

    /// <summary>
    /// P1: a known type in another case or with spaces is mechanical, unless the bundle in effect does not fit it (P3: then
    /// the case is not the only thing to decide); anything else gets the default only as a choice.
    /// </summary>
    private static IEnumerable<EditorFix> IpAddressType(FixRequest request, string member, string? replacement)
    {
        var text = SiteText(request, member, out _);
        var bundle = EffectiveBundle(request);
        var fitsBundle = bundle is null || (replacement == IpAddressTypes.Ipv6) == CatalogIds.IsIpv6OnlyBundle(bundle);
        return text != null && text.Trim().ToLowerInvariant() == replacement && fitsBundle
            ? Set(request, member, replacement, FixKind.Mechanical, FixTitles.LowerCase)
            : Set(request, member, replacement, FixKind.Choice, v => $"Use {FixTitles.Quote(v)}" + (v == IpAddressTypes.Dualstack ? " (the default)" : string.Empty));
    }

    /// <summary>The bundle the instance gets: written in the diagnostic's scope, else the template's, else the assembly default.</summary>
    private static string? EffectiveBundle(FixRequest request)
    {
        var written = SiteText(request, InstanceRules.BundleMember, out var site);
        if (site != null)
        {
            return written;
        }

        var model = request.Model;
        ISymbol? template = MemberSites.TemplateDeclaration(request.Node) is { } declaration
            ? model.GetDeclaredSymbol(declaration, request.CancellationToken)
            : MemberSites.Call(request.Node) is { } call && FluentChain.Of(call).Calls.FirstOrDefault() is { } first
                && model.GetSymbolInfo(first, request.CancellationToken).Symbol is IMethodSymbol { IsStatic: true } named
                ? named.ContainingType
                : null;
        return NamedBundle(template?.GetAttributes(), Attributes.InstanceTemplate) ?? NamedBundle(model.Compilation.Assembly.GetAttributes(), Attributes.TemplateDefaults);
    }

    private static string? NamedBundle(ImmutableArray<AttributeData>? attributes, string attributeName)
        => attributes?
            .Where(a => FluentAttributes.Is(a, attributeName))
            .SelectMany(a => a.NamedArguments)
            .Where(argument => argument.Key == Vocabulary.RequestMembers.Bundle.Argument)
            .Select(argument => argument.Value.Value as string)
            .LastOrDefault();

    /// <summary>
    /// P2/P3: an IPv6-only bundle says what the instance is; ipv6 is the type that keeps it (mechanical). The dual-stack
    /// bundle of the same size changes the instance, so it is a choice.
    /// </summary>
    private static IEnumerable<EditorFix> Ipv6BundleWithDefaultType(FixRequest request)
    {
        if (request.Property(FixDataKeys.OtherMember) is { } otherMember
            && request.Property(FixDataKeys.OtherReplacement) is { } type
            && MemberSites.Set(request, otherMember, type) is { } setType)
        {
            yield return EditorFix.Mechanical(FixTitles.ForOtherMember(otherMember, type), setType);
        }

        if (SiteText(request, InstanceRules.BundleMember, out _) is { } bundle
            && CatalogIds.BundleForIpv6(bundle, ipv6Only: false) is { } dualStack
            && MemberSites.Set(request, InstanceRules.BundleMember, dualStack) is { } setBundle)
        {
            yield return EditorFix.Choice(FixTitles.ForOtherMember(InstanceRules.BundleMember, dualStack), setBundle);
        }
    }

    /// <summary>U4: the bundle of the same size for the blueprint's platform, or a blueprint of the bundle's platform.</summary>
    private static IEnumerable<EditorFix> PlatformFixes(FixRequest request, string member, string? replacement, string ruleId)
    {
        foreach (var fix in Set(request, member, replacement, FixKind.Choice, v => FixTitles.ForReplacement(ruleId, v)))
        {
            yield return fix;
        }

        if (SiteText(request, InstanceRules.BundleMember, out _) is not { } bundle)
        {
            yield break;
        }

        // No blueprint is "the same" on the other platform: the catalogue's current one is offered, as a choice.
        var (blueprint, family) = CatalogIds.BundlePlatform(bundle) == Rules.Platform.Windows
            ? (Blueprints.WindowsServer2022, "Windows")
            : (Blueprints.Ubuntu24_04, "Linux/Unix");
        if (MemberSites.Set(request, InstanceRules.BlueprintMember, blueprint) is { } set)
        {
            yield return EditorFix.Choice($"Use blueprint {FixTitles.Quote(blueprint)} ({family}, like bundle {FixTitles.Quote(bundle)})", set);
        }
    }
}
