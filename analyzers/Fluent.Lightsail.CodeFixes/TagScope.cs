using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Fluent.Lightsail.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Attributes = Fluent.Lightsail.Vocabulary.RequestMembers.Attributes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// The tag keys a tag key shares its merged list with, in the list's order (assembly, template, call), and the position
/// of the key being fixed. A key that a fix writes must not equal another of them: that would be FLS6006, or would
/// silently replace an inherited tag.
/// </summary>
internal sealed class TagScope
{
    private TagScope(List<string?> keys, List<string?> values, int index)
    {
        Keys = keys;
        Values = values;
        Index = index;
    }

    public List<string?> Keys { get; }

    /// <summary>The tags' values, in the same order (null for a key-only tag or a value that is not a constant).</summary>
    public List<string?> Values { get; }

    /// <summary>
    /// Whether the key being fixed repeats the nearest earlier tag with the same key exactly, value included: then
    /// removing it changes nothing the request says.
    /// </summary>
    public bool IsExactDuplicate
    {
        get
        {
            var earlier = Index == 0 ? -1 : Keys.LastIndexOf(Keys[Index], Index - 1);
            return earlier >= 0 && Values[earlier] == Values[Index];
        }
    }

    public int Index { get; }

    /// <summary>The scope of the key written by <paramref name="site"/>, or null when it is not a tag key argument.</summary>
    public static TagScope? Of(ExpressionSyntax site, SemanticModel model, CancellationToken cancellationToken)
    {
        var keys = new List<string?>();
        var values = new List<string?>();
        var attribute = site.Parent is AttributeArgumentSyntax ? site.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() : null;
        if (attribute?.Parent is AttributeListSyntax { Target: { } target } && target.Identifier.ValueText == "assembly")
        {
            return WithSite(AssemblyTags(model.Compilation, cancellationToken), attribute, keys, values);
        }

        foreach (var tag in AssemblyTags(model.Compilation, cancellationToken))
        {
            keys.Add(tag.Key);
            values.Add(tag.Value);
        }

        if (attribute?.Parent?.Parent is TypeDeclarationSyntax type)
        {
            var template = model.GetDeclaredSymbol(type, cancellationToken);
            return template is null ? null : WithSite(OwnTags(template, cancellationToken), attribute, keys, values);
        }

        if (MemberSites.Call(site) is not { } call || FluentChain.MethodName(call) != "WithTag")
        {
            return null;
        }

        var chain = FluentChain.Of(call).Calls;
        if (chain.Count > 0 && model.GetSymbolInfo(chain[0], cancellationToken).Symbol is IMethodSymbol { IsStatic: true } named)
        {
            foreach (var tag in OwnTags(named.ContainingType, cancellationToken))
            {
                keys.Add(tag.Key);
                values.Add(tag.Value);
            }
        }

        var index = -1;
        foreach (var withTag in chain.Where(c => FluentChain.MethodName(c) == "WithTag"))
        {
            var key = Argument(withTag, 0, "key");
            var value = Argument(withTag, 1, "value");
            if (withTag == call)
            {
                index = keys.Count;
            }

            keys.Add(key is null ? null : model.GetConstantValue(key, cancellationToken).Value as string);
            values.Add(value is null ? null : model.GetConstantValue(value, cancellationToken).Value as string);
        }

        return index < 0 ? null : new TagScope(keys, values, index);
    }

    private static ExpressionSyntax? Argument(InvocationExpressionSyntax call, int position, string name)
    {
        var arguments = call.ArgumentList.Arguments;
        return arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)?.Expression
            ?? (position < arguments.Count && arguments[position].NameColon is null ? arguments[position].Expression : null);
    }

    private static TagScope? WithSite(IEnumerable<(string? Key, string? Value, SyntaxReference? Syntax)> tags, AttributeSyntax site, List<string?> keys, List<string?> values)
    {
        var index = -1;
        foreach (var (key, value, syntax) in tags)
        {
            if (syntax != null && syntax.SyntaxTree == site.SyntaxTree && syntax.Span == site.Span)
            {
                index = keys.Count;
            }

            keys.Add(key);
            values.Add(value);
        }

        return index < 0 ? null : new TagScope(keys, values, index);
    }

    private static IEnumerable<(string? Key, string? Value, SyntaxReference? Syntax)> AssemblyTags(Compilation compilation, CancellationToken cancellationToken)
        => Tags(compilation.Assembly.GetAttributes(), cancellationToken);

    private static IEnumerable<(string? Key, string? Value, SyntaxReference? Syntax)> OwnTags(ISymbol template, CancellationToken cancellationToken)
        => Tags(template.GetAttributes(), cancellationToken);

    private static IEnumerable<(string? Key, string? Value, SyntaxReference? Syntax)> Tags(IEnumerable<AttributeData> attributes, CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FluentAttributes.Is(attribute, Attributes.Tag))
            {
                var arguments = attribute.ConstructorArguments;
                var key = arguments.Length > 0 ? arguments[0].Value as string : null;
                var value = arguments.Length > 1 ? arguments[1].Value as string : null;
                yield return (key, value, attribute.ApplicationSyntaxReference);
            }
        }
    }
}
