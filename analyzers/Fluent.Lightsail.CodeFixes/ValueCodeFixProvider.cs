using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Text;
using Fluent.Lightsail.Analyzers;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Writes the value the rule proposes (<c>Replacement</c>) where the member is written, or changes the other member of
/// a cross-field rule (<c>OtherMember</c>/<c>OtherReplacement</c>): snapshot times on the hour, lower-case zones,
/// closest known blueprints and bundles, platform and IPv6 bundle families, tag repairs, PowerShell tags, and more.
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
        RuleIds.StopOnIdleThresholdRange,
        RuleIds.UnknownIpAddressType,
        RuleIds.Ipv6NeedsIpv6Bundle,
        RuleIds.Ipv6BundleNeedsIpv6,
        RuleIds.Ipv6BundleWithDefaultType);

    internal override IEnumerable<EditorFix> GetFixes(FixRequest request)
    {
        var ruleId = request.Diagnostic.Id;
        if (request.Property(RuleDiagnostics.MemberProperty) is not { } rawMember)
        {
            yield break;
        }

        var member = RequestMembers.Normalize(rawMember);
        if (request.Property(FixDataKeys.Replacement) is { } replacement && MemberSites.Set(request, member, replacement) is { } set)
        {
            yield return new EditorFix(FixTitles.ForReplacement(ruleId, replacement), EquivalenceKeys.For(ruleId, EquivalenceKeys.UseReplacement), set);
        }

        if (request.Property(FixDataKeys.OtherMember) is { } otherMember
            && request.Property(FixDataKeys.OtherReplacement) is { } otherReplacement
            && MemberSites.Set(request, otherMember, otherReplacement) is { } setOther)
        {
            yield return new EditorFix(
                FixTitles.ForOtherMember(otherMember, otherReplacement), EquivalenceKeys.For(ruleId, EquivalenceKeys.ChangeOtherMember), setOther);
        }

        if (ruleId == RuleIds.TagCharacters)
        {
            foreach (var fix in TagCharacterFixes(request, member))
            {
                yield return fix;
            }
        }

        if ((ruleId == RuleIds.PlatformMismatch || ruleId == RuleIds.PlatformMismatchLikely) && BlueprintFix(request, ruleId) is { } blueprint)
        {
            yield return blueprint;
        }

        if (ruleId == RuleIds.Ipv6BundleWithDefaultType && DualStackBundleFix(request) is { } dualStack)
        {
            yield return dualStack;
        }
    }

    /// <summary>G5 offers '-' in its fix data; removing the characters or using '_' are as valid, and sometimes read better.</summary>
    private static IEnumerable<EditorFix> TagCharacterFixes(FixRequest request, string member)
    {
        if (MemberSites.Find(request, member) is not { } site
            || request.Model.GetConstantValue(site, request.CancellationToken).Value is not string text)
        {
            yield break;
        }

        var removed = Repair(text, null);
        if (removed.Length > 0 && MemberSites.Set(request, member, removed) is { } remove)
        {
            yield return new EditorFix(
                $"Remove invalid characters: {FixTitles.Quote(removed)}", EquivalenceKeys.For(RuleIds.TagCharacters, EquivalenceKeys.RemoveInvalidCharacters), remove);
        }

        var underscored = Repair(text, '_');
        if (MemberSites.Set(request, member, underscored) is { } underscore)
        {
            yield return new EditorFix(
                $"Replace invalid characters with '_': {FixTitles.Quote(underscored)}",
                EquivalenceKeys.For(RuleIds.TagCharacters, EquivalenceKeys.ReplaceInvalidWithUnderscore),
                underscore);
        }
    }

    private static string Repair(string text, char? substitute)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (TagRules.IsAllowed(text, i))
            {
                builder.Append(text, i, width);
            }
            else if (substitute != null)
            {
                builder.Append(substitute.Value);
            }

            i += width - 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// U4's other way out: keep the bundle and move to a blueprint of its platform. No blueprint is "the same" on the other
    /// platform, so the fix offers the catalogue's current one: Windows Server 2022, or Ubuntu 24.04 (B1's default).
    /// </summary>
    private static EditorFix? BlueprintFix(FixRequest request, string ruleId)
    {
        if (MemberSites.Find(request, InstanceRules.BundleMember) is not { } site
            || request.Model.GetConstantValue(site, request.CancellationToken).Value is not string bundle)
        {
            return null;
        }

        var (blueprint, family) = CatalogIds.BundlePlatform(bundle) == Rules.Platform.Windows
            ? (Blueprints.WindowsServer2022, "Windows")
            : (Blueprints.Ubuntu24_04, "Linux/Unix");
        return MemberSites.Set(request, InstanceRules.BlueprintMember, blueprint) is { } set
            ? new EditorFix($"Use blueprint {FixTitles.Quote(blueprint)} ({family}, like bundle {FixTitles.Quote(bundle)})", EquivalenceKeys.For(ruleId, EquivalenceKeys.SwitchBlueprint), set)
            : null;
    }

    /// <summary>P3's other way out of an IPv6-only bundle without an IP address type: the dual-stack bundle of the same size.</summary>
    private static EditorFix? DualStackBundleFix(FixRequest request)
    {
        if (MemberSites.Find(request, InstanceRules.BundleMember) is not { } site
            || request.Model.GetConstantValue(site, request.CancellationToken).Value is not string bundle
            || CatalogIds.BundleForIpv6(bundle, ipv6Only: false) is not { } dualStack
            || MemberSites.Set(request, InstanceRules.BundleMember, dualStack) is not { } set)
        {
            return null;
        }

        return new EditorFix(
            FixTitles.ForOtherMember(InstanceRules.BundleMember, dualStack),
            EquivalenceKeys.For(RuleIds.Ipv6BundleWithDefaultType, EquivalenceKeys.UseDualStackBundle),
            set);
    }
}
