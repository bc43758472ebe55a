using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// The expression that writes a new value. A literal stays a literal of the same style; a constant
/// (<c>Bundles.Small3_0</c>, <c>IpAddressType.Ipv6</c>) becomes its sibling constant, or the catalogue's constant for the
/// member; anything else becomes a literal.
/// </summary>
internal static class ValueExpressions
{
    /// <summary>An expression to replace <paramref name="original"/> with.</summary>
    public static ExpressionSyntax Replacing(ExpressionSyntax original, string member, string value, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax replacement;
        if (original is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            replacement = StringLiterals.Like(literal, value);
        }
        else
        {
            replacement = Sibling(original, value, model, cancellationToken) ?? Catalog(member, value, model) ?? StringLiterals.Regular(value);
        }

        return replacement.WithTriviaFrom(original);
    }

    /// <summary>An expression for a new argument: the catalogue's constant when it has one, else a literal.</summary>
    public static ExpressionSyntax New(string member, string value, SemanticModel model)
        => Catalog(member, value, model) ?? StringLiterals.Regular(value);

    /// <summary><c>IpAddressType.Ipv6</c> for "ipv6": the runtime's typed value, for arguments of type IpAddressType.</summary>
    public static ExpressionSyntax IpAddressType(string value, SemanticModel model)
    {
        var type = model.Compilation.GetTypeByMetadataName(DslSyntax.ModelNamespace + ".IpAddressType");
        var field = type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.IsStatic && f.Name.ToLowerInvariant() == value);
        return field is null ? StringLiterals.Regular(value) : Qualified(DslSyntax.ModelNamespace + ".IpAddressType." + field.Name);
    }

    private static ExpressionSyntax? Sibling(ExpressionSyntax original, string value, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(original, cancellationToken).Symbol is not IFieldSymbol { IsStatic: true } field)
        {
            return null;
        }

        var sibling = field.ContainingType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(candidate =>
            candidate.IsStatic && (candidate.HasConstantValue
                ? candidate.ConstantValue as string == value
                : IsIpAddressTypeValue(candidate) && candidate.Name.ToLowerInvariant() == value));
        if (sibling is null)
        {
            return null;
        }

        return original switch
        {
            MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(sibling.Name)),
            IdentifierNameSyntax => SyntaxFactory.IdentifierName(sibling.Name),
            _ => null,
        };
    }

    // IpAddressType.Ipv6 and friends are static readonly (a ConstantClass), named after their values.
    private static bool IsIpAddressTypeValue(IFieldSymbol field)
        => field.IsReadOnly && field.ContainingType.Name == "IpAddressType"
            && field.ContainingType.ContainingNamespace?.ToDisplayString() == DslSyntax.ModelNamespace
            && SymbolEqualityComparer.Default.Equals(field.Type, field.ContainingType);

    private static ExpressionSyntax? Catalog(string member, string value, SemanticModel model)
    {
        var catalog = RequestMembers.CatalogType(member) is { } name ? model.Compilation.GetTypeByMetadataName(name) : null;
        var constant = catalog?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst && f.ConstantValue as string == value);
        return constant is null ? null : Qualified(catalog!.ToDisplayString() + "." + constant.Name);
    }

    // Written fully qualified and simplified by the code action's cleanup to what the file's usings allow.
    private static ExpressionSyntax Qualified(string name)
        => SyntaxFactory.ParseExpression("global::" + name).WithAdditionalAnnotations(Simplifier.Annotation);
}
