using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Attributes = Fluent.Lightsail.Vocabulary.RequestMembers.Attributes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Fixes of duplicates and of things that cannot go together: an exact duplicate tag is removed (mechanical); a tag with
/// the same key and another value, a duplicate instance name (renamed), AutoSnapshot on Windows, StopInstanceOnIdle outside
/// Lightsail for Research, and [UserData] next to [UserDataFile] are choices. In a fluent chain a call is removed
/// (<c>x.WithTag(a, b)</c> becomes <c>x</c>); when the add-on comes from the template, the chain switches it off.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemovalCodeFixProvider))]
[Shared]
public sealed class RemovalCodeFixProvider : EditorCodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.DuplicateInstanceName,
        RuleIds.DuplicateTagKey,
        RuleIds.AutoSnapshotOnWindows,
        RuleIds.StopOnIdleOutsideResearch,
        RuleIds.TwoUserDataSources);

    internal override IEnumerable<EditorFix> GetFixes(FixRequest request)
    {
        var ruleId = request.Diagnostic.Id;
        return ruleId switch
        {
            RuleIds.DuplicateInstanceName => Optional(RenameInstance(request)),
            RuleIds.DuplicateTagKey => Optional(RemoveTag(request)),
            RuleIds.AutoSnapshotOnWindows => Optional(RemoveAddOn(
                request, Attributes.AutoSnapshot, "WithAutoSnapshot", "WithoutAutoSnapshot", "Remove AutoSnapshot (Windows instances have no automatic snapshots)")),
            RuleIds.StopOnIdleOutsideResearch => Optional(RemoveAddOn(
                request, Attributes.StopInstanceOnIdle, "WithStopInstanceOnIdle", "WithoutStopInstanceOnIdle", "Remove StopInstanceOnIdle (Lightsail for Research only)")),
            RuleIds.TwoUserDataSources => KeepOneUserDataSource(request),
            _ => Enumerable.Empty<EditorFix>(),
        };
    }

    private static IEnumerable<EditorFix> Optional(EditorFix? fix) => fix is null ? Enumerable.Empty<EditorFix>() : new[] { fix };

    /// <summary>N7: the later of two equal names gets a free one ("web-1" → "web-2"); removing it would create fewer instances.</summary>
    private static EditorFix? RenameInstance(FixRequest request)
    {
        if (request.Node is not ExpressionSyntax name
            || NameScope.Of(name, request.Model, request.CancellationToken)?.Rename() is not { } renamed
            || MemberSites.Set(request, RequestMembers.InstanceNames, renamed) is not { } set)
        {
            return null;
        }

        return EditorFix.Choice($"Rename the duplicate to {FixTitles.Quote(renamed)}", set);
    }

    /// <summary>G8: removing a tag that repeats an earlier one exactly is mechanical; with another value it is a choice (the first value stays).</summary>
    private static EditorFix? RemoveTag(FixRequest request)
    {
        var node = request.Node;
        var exact = node is ExpressionSyntax key && TagScope.Of(key, request.Model, request.CancellationToken) is { IsExactDuplicate: true };
        var title = exact ? $"Remove the duplicate tag {Shown(node, request)}" : $"Remove the later tag {Shown(node, request)} (the first value stays)";
        System.Action<Microsoft.CodeAnalysis.Editing.SyntaxEditor>? remove = null;
        if (node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute)
        {
            remove = editor => AttributeRemoval.Remove(editor, attribute);
        }
        else if (MemberSites.Call(node) is { } call && FluentChain.MethodName(call) == "WithTag")
        {
            remove = editor => FluentChain.RemoveCall(editor, call);
        }

        return remove is null ? null : exact ? EditorFix.Mechanical(title, remove) : EditorFix.Choice(title, remove);
    }

    /// <summary>Two user-data sources: which one stays is the user's decision, so both ways are offered.</summary>
    private static IEnumerable<EditorFix> KeepOneUserDataSource(FixRequest request)
    {
        if (MemberSites.TemplateDeclaration(request.Node) is not { } template)
        {
            yield break;
        }

        var attributes = template.AttributeLists.SelectMany(list => list.Attributes).ToList();
        var file = attributes.FirstOrDefault(a => DslSyntax.Is(a, Attributes.UserDataFile, request.Model, request.CancellationToken));
        var script = attributes.FirstOrDefault(a => DslSyntax.Is(a, Attributes.UserData, request.Model, request.CancellationToken));
        if (file is null || script is null)
        {
            yield break;
        }

        yield return EditorFix.Choice("Remove [UserData] (keep [UserDataFile])", editor => AttributeRemoval.Remove(editor, script));
        yield return EditorFix.Choice("Remove [UserDataFile] (keep [UserData])", editor => AttributeRemoval.Remove(editor, file));
    }

    /// <summary>O7/O9: removing an add-on the template asked for is a decision (another blueprint or bundle is the other way).</summary>
    private static EditorFix? RemoveAddOn(FixRequest request, string attributeName, string addMethod, string removeMethod, string title)
    {
        var node = request.Node;
        if (node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute)
        {
            return DslSyntax.Is(attribute, attributeName, request.Model, request.CancellationToken)
                ? EditorFix.Choice(title, editor => AttributeRemoval.Remove(editor, attribute))
                : null;
        }

        if (MemberSites.Call(node) is not { } call)
        {
            return null;
        }

        if (FluentChain.MethodName(call) == addMethod)
        {
            return EditorFix.Choice(title, editor => FluentChain.RemoveCall(editor, call));
        }

        // The add-on comes from the template and this call made the instance one that cannot have it: switch it off here.
        var calls = FluentChain.Of(call).Calls;
        var after = calls.Skip(calls.IndexOf(call)).FirstOrDefault(c => FluentChain.Offers(c, removeMethod, request.Model, request.CancellationToken));
        return after is null ? null : EditorFix.Choice(title, editor => FluentChain.AppendCall(editor, after, removeMethod, null));
    }

    private static string Shown(SyntaxNode node, FixRequest request)
        => request.Model.GetConstantValue(node, request.CancellationToken).Value is string text ? FixTitles.Quote(text) : node.ToString();
}
