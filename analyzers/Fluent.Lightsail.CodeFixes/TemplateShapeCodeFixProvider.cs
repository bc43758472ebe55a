using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Template shapes the generator skips: adds <c>partial</c> to the template or to the containing type the diagnostic
/// names, turns a struct into a class, and removes <c>static</c>. Fix All runs in one editor, so two templates in one containing type make it
/// partial once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TemplateShapeCodeFixProvider))]
[Shared]
public sealed class TemplateShapeCodeFixProvider : EditorCodeFixProvider
{
    /// <summary>The property of FLS9005 that names the containing type (TemplateShapeChecks).</summary>
    private const string ContainingTypeProperty = "ContainingType";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.TemplateNotPartial,
        RuleIds.ContainingTypeNotPartial,
        RuleIds.TemplateIsStruct,
        RuleIds.TemplateIsStatic);

    internal override IEnumerable<EditorFix> GetFixes(FixRequest request)
    {
        if (request.Node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } template)
        {
            yield break;
        }

        var ruleId = request.Diagnostic.Id;
        if (ruleId == RuleIds.TemplateNotPartial && !IsPartial(template))
        {
            yield return AddPartial(template);
        }
        else if (ruleId == RuleIds.ContainingTypeNotPartial && request.Property(ContainingTypeProperty) is { } name)
        {
            var container = template.Ancestors().OfType<TypeDeclarationSyntax>()
                .FirstOrDefault(type => type.Identifier.ValueText == name && !IsPartial(type));
            if (container != null)
            {
                yield return AddPartial(container);
            }
        }
        else if (ruleId == RuleIds.TemplateIsStruct && IsStruct(template))
        {
            yield return EditorFix.Mechanical(
                $"Make '{template.Identifier.ValueText}' a class",
                editor => editor.ReplaceNode(template, (current, _) => ToClass((TypeDeclarationSyntax)current)));
        }
        else if (ruleId == RuleIds.TemplateIsStatic && template.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            yield return EditorFix.Mechanical(
                $"Remove 'static' from '{template.Identifier.ValueText}'",
                editor => editor.ReplaceNode(template, (current, _) => RemoveStatic((TypeDeclarationSyntax)current)));
        }
    }

    private static EditorFix AddPartial(TypeDeclarationSyntax type)
        => EditorFix.Mechanical(
            $"Make '{type.Identifier.ValueText}' partial",
            editor => editor.ReplaceNode(type, (current, _) => WithPartial((TypeDeclarationSyntax)current)));

    private static bool IsPartial(TypeDeclarationSyntax type) => type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Adds <c>partial</c> last, right before the keyword, where C# wants it. Idempotent, for Fix All.</summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (IsPartial(type))
        {
            return type;
        }

        if (type.Modifiers.Count == 0)
        {
            // The keyword carries the declaration's leading trivia when nothing precedes it; it moves to 'partial'.
            var keyword = type.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return type.WithModifiers(SyntaxFactory.TokenList(partial)).WithKeyword(keyword.WithLeadingTrivia());
        }

        return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
    }

    private static bool IsStruct(TypeDeclarationSyntax type)
        => type is StructDeclarationSyntax || (type is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword));

    /// <summary><c>struct</c> becomes <c>class</c>, <c>record struct</c> becomes <c>record class</c>; everything else stays.</summary>
    private static TypeDeclarationSyntax ToClass(TypeDeclarationSyntax type)
    {
        if (type is RecordDeclarationSyntax record)
        {
            // A record struct is its own node kind, so the record is rebuilt rather than given another keyword.
            var keyword = record.ClassOrStructKeyword;
            return SyntaxFactory.RecordDeclaration(
                SyntaxKind.RecordDeclaration,
                record.AttributeLists,
                record.Modifiers,
                record.Keyword,
                SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.ClassKeyword, keyword.TrailingTrivia),
                record.Identifier,
                record.TypeParameterList,
                record.ParameterList,
                record.BaseList,
                record.ConstraintClauses,
                record.OpenBraceToken,
                record.Members,
                record.CloseBraceToken,
                record.SemicolonToken);
        }

        if (type is not StructDeclarationSyntax structure)
        {
            return type;
        }

        var classKeyword = SyntaxFactory.Token(structure.Keyword.LeadingTrivia, SyntaxKind.ClassKeyword, structure.Keyword.TrailingTrivia);
        return SyntaxFactory.ClassDeclaration(
                structure.AttributeLists,
                structure.Modifiers,
                classKeyword,
                structure.Identifier,
                structure.TypeParameterList,
                structure.BaseList,
                structure.ConstraintClauses,
                structure.OpenBraceToken,
                structure.Members,
                structure.CloseBraceToken,
                structure.SemicolonToken)
            .WithParameterList(structure.ParameterList);
    }

    private static TypeDeclarationSyntax RemoveStatic(TypeDeclarationSyntax type)
    {
        var modifiers = type.Modifiers;
        var index = modifiers.IndexOf(SyntaxKind.StaticKeyword);
        if (index < 0)
        {
            return type;
        }

        var leading = modifiers[index].LeadingTrivia;
        modifiers = modifiers.RemoveAt(index);
        if (index > 0)
        {
            return type.WithModifiers(modifiers);
        }

        // 'static' came first and carried the declaration's leading trivia: hand it to what is now first.
        return modifiers.Count > 0
            ? type.WithModifiers(modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(leading)))
            : type.WithModifiers(modifiers).WithKeyword(type.Keyword.WithLeadingTrivia(leading));
    }
}
