using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

using Attributes = Fluent.Lightsail.Vocabulary.RequestMembers.Attributes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Where a request member is written near a diagnostic, and how to set it. A diagnostic of a cross-field rule can sit
/// on another member than the one its fix data changes (the builder call that made the pair wrong, or the
/// [InstanceTemplate] attribute when the value is inherited), so the site is looked up in the diagnostic's scope: the
/// template's attributes, or the fluent chain. When the scope does not write the member yet, the fix adds it: a
/// property of [InstanceTemplate] (it overrides the assembly defaults) or a builder call after the diagnostic's call
/// (later calls override earlier values).
/// </summary>
internal static class MemberSites
{
    /// <summary>The expression in the diagnostic's scope that writes <paramref name="member"/> (the effective one: the last).</summary>
    public static ExpressionSyntax? Find(FixRequest request, string member)
    {
        var node = request.Node;
        if (node is ExpressionSyntax expression
            && (RequestMembers.IsLocal(member) || DslSyntax.MemberWrittenBy(expression, request.Model, request.CancellationToken) == member))
        {
            return expression;
        }

        if (RequestMembers.IsLocal(member))
        {
            return null;
        }

        if (TemplateDeclaration(node) is { } declaration)
        {
            return declaration.AttributeLists
                .SelectMany(list => list.Attributes)
                .SelectMany(attribute => attribute.ArgumentList?.Arguments ?? default)
                .Select(argument => argument.Expression)
                .LastOrDefault(candidate => DslSyntax.MemberWrittenBy(candidate, request.Model, request.CancellationToken) == member);
        }

        if (Call(node) is { } call)
        {
            return FluentChain.Of(call).Calls
                .SelectMany(c => c.ArgumentList.Arguments)
                .Select(argument => argument.Expression)
                .LastOrDefault(candidate => DslSyntax.MemberWrittenBy(candidate, request.Model, request.CancellationToken) == member);
        }

        return null;
    }

    /// <summary>The literal of the user's constant that <see cref="Set"/> would edit for <paramref name="member"/>, if it edits one.</summary>
    public static SyntaxNode? ConstantTarget(FixRequest request, string member)
        => Find(request, member) is { } existing && ConstantDeclarations.SourceConstant(existing, request.Model, request.CancellationToken) is { } constant
            ? ConstantDeclarations.Initializer(constant, request.Root, request.CancellationToken)
            : null;

    /// <summary>An edit that sets <paramref name="member"/> to <paramref name="value"/>, or null when the scope has no place for it.</summary>
    public static Action<SyntaxEditor>? Set(FixRequest request, string member, string value)
    {
        var model = request.Model;
        if (Find(request, member) is { } existing)
        {
            if (ConstantDeclarations.SourceConstant(existing, model, request.CancellationToken) is { } constant)
            {
                // Many uses of one constant make many diagnostics: each fix writes the same literal, so Fix All edits it once.
                if (ConstantDeclarations.Initializer(constant, request.Root, request.CancellationToken) is not { } literal)
                {
                    return null;
                }

                var fixedLiteral = StringLiterals.Like(literal, value).WithTriviaFrom(literal);
                return editor => editor.ReplaceNode(literal, fixedLiteral);
            }

            var replacement = ValueExpressions.Replacing(existing, member, value, model, request.CancellationToken);
            return editor => editor.ReplaceNode(existing, replacement);
        }

        var node = request.Node;
        if (TemplateDeclaration(node) is { } declaration)
        {
            var property = RequestMembers.TemplateProperty(member);
            var template = declaration.AttributeLists
                .SelectMany(list => list.Attributes)
                .FirstOrDefault(attribute => DslSyntax.Is(attribute, Attributes.InstanceTemplate, model, request.CancellationToken));
            if (property is null || template is null)
            {
                return null;
            }

            var argument = ValueExpressions.New(member, value, model);
            return editor => editor.ReplaceNode(template, (current, _) => AddProperty((AttributeSyntax)current, property, argument));
        }

        if (Call(node) is { } call && RequestMembers.BuilderMethod(member) is { } method)
        {
            // After the diagnostic's call, or the first later call whose stage offers the method (not after Build()).
            var calls = FluentChain.Of(call).Calls;
            var after = calls.Skip(calls.IndexOf(call)).FirstOrDefault(c => FluentChain.Offers(c, method, model, request.CancellationToken));
            if (after is null)
            {
                return null;
            }

            var argument = member == Rules.InstanceRules.IpAddressTypeMember
                ? ValueExpressions.IpAddressType(value, model)
                : ValueExpressions.New(member, value, model);
            return editor => FluentChain.AppendCall(editor, after, method, argument);
        }

        return null;
    }

    /// <summary>The class a DSL attribute of the diagnostic sits on (null for assembly attributes and call sites).</summary>
    public static TypeDeclarationSyntax? TemplateDeclaration(SyntaxNode node)
        => node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault()?.Parent?.Parent as TypeDeclarationSyntax;

    /// <summary>The builder call whose argument the diagnostic is on.</summary>
    public static InvocationExpressionSyntax? Call(SyntaxNode node)
        => node.AncestorsAndSelf().OfType<ArgumentSyntax>().FirstOrDefault()?.Parent?.Parent as InvocationExpressionSyntax;

    private static AttributeSyntax AddProperty(AttributeSyntax attribute, string property, ExpressionSyntax value)
    {
        var argument = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(
                SyntaxFactory.IdentifierName(property),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
            null,
            value);
        var existing = attribute.ArgumentList?.Arguments ?? default;
        if (existing.Count == 0)
        {
            return attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(argument)));
        }

        var withComma = existing.GetWithSeparators()
            .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
            .Add(argument);
        return attribute.WithArgumentList(attribute.ArgumentList!.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(withComma)));
    }
}
