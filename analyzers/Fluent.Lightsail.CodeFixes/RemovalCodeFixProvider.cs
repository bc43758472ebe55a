using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Fixes whose fix data says <c>Remove</c>: the later duplicate tag or instance name, AutoSnapshot on Windows,
/// StopInstanceOnIdle outside Lightsail for Research, and [UserDataFile] next to [UserData]. In a fluent chain a call is
/// removed (<c>x.WithTag(a, b)</c> becomes <c>x</c>); when the add-on comes from the template, the chain switches it off.
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
        var key = EquivalenceKeys.For(ruleId, EquivalenceKeys.Remove);
        var node = request.Node;
        var fix = ruleId switch
        {
            RuleIds.DuplicateInstanceName => RemoveInstanceName(node, key, request),
            RuleIds.DuplicateTagKey => RemoveTag(node, key, request),
            RuleIds.AutoSnapshotOnWindows => RemoveAddOn(
                request, key, DslSyntax.AutoSnapshot, "WithAutoSnapshot", "WithoutAutoSnapshot", "Remove AutoSnapshot (Windows instances have no automatic snapshots)"),
            RuleIds.StopOnIdleOutsideResearch => RemoveAddOn(
                request, key, DslSyntax.StopInstanceOnIdle, "WithStopInstanceOnIdle", "WithoutStopInstanceOnIdle", "Remove StopInstanceOnIdle (Lightsail for Research only)"),
            RuleIds.TwoUserDataSources => RemoveAttribute(request, key, DslSyntax.UserDataFile, "Remove [UserDataFile] (keep [UserData])"),
            _ => null,
        };

        if (fix != null)
        {
            yield return fix;
        }
    }

    private static EditorFix? RemoveInstanceName(SyntaxNode node, string key, FixRequest request)
    {
        if (node is not ExpressionSyntax name)
        {
            return null;
        }

        var title = $"Remove the duplicate name {Shown(name, request)}";
        return name.Parent switch
        {
            ArgumentSyntax argument => new EditorFix(title, key, editor => editor.RemoveNode(argument)),
            InitializerExpressionSyntax => new EditorFix(title, key, editor => editor.RemoveNode(name)),
            _ => null,
        };
    }

    private static EditorFix? RemoveTag(SyntaxNode node, string key, FixRequest request)
    {
        var title = $"Remove the duplicate tag {Shown(node, request)}";
        if (node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute)
        {
            return new EditorFix(title, key, editor => AttributeRemoval.Remove(editor, attribute));
        }

        if (MemberSites.Call(node) is { } call && FluentChain.MethodName(call) == "WithTag")
        {
            return new EditorFix(title, key, editor => FluentChain.RemoveCall(editor, call));
        }

        return null;
    }

    private static EditorFix? RemoveAddOn(FixRequest request, string key, string attributeName, string addMethod, string removeMethod, string title)
    {
        var node = request.Node;
        if (node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute)
        {
            return DslSyntax.Is(attribute, attributeName, request.Model, request.CancellationToken)
                ? new EditorFix(title, key, editor => AttributeRemoval.Remove(editor, attribute))
                : null;
        }

        if (MemberSites.Call(node) is not { } call)
        {
            return null;
        }

        if (FluentChain.MethodName(call) == addMethod)
        {
            return new EditorFix(title, key, editor => FluentChain.RemoveCall(editor, call));
        }

        // The add-on comes from the template and this call made the instance one that cannot have it: switch it off here.
        var calls = FluentChain.Of(call).Calls;
        var after = calls.Skip(calls.IndexOf(call)).FirstOrDefault(c => FluentChain.Offers(c, removeMethod, request.Model, request.CancellationToken));
        return after is null ? null : new EditorFix(title, key, editor => FluentChain.AppendCall(editor, after, removeMethod, null));
    }

    private static EditorFix? RemoveAttribute(FixRequest request, string key, string attributeName, string title)
        => request.Node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute
            && DslSyntax.Is(attribute, attributeName, request.Model, request.CancellationToken)
                ? new EditorFix(title, key, editor => AttributeRemoval.Remove(editor, attribute))
                : null;

    private static string Shown(SyntaxNode node, FixRequest request)
        => request.Model.GetConstantValue(node, request.CancellationToken).Value is string text ? FixTitles.Quote(text) : node.ToString();
}
