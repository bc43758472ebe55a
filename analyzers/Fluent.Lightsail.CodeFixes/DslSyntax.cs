using System.Linq;
using System.Threading;
using Fluent.Lightsail.Analyzers;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Attributes = Fluent.Lightsail.Vocabulary.RequestMembers.Attributes;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>Reads the DSL from syntax: which attribute an attribute is, and which request member an argument writes.</summary>
internal static class DslSyntax
{
    /// <summary>The DSL's namespace; the attribute names are the vocabulary's (<see cref="Attributes"/>).</summary>
    public const string Namespace = Attributes.Namespace;

    /// <summary>Where the types that mirror AWSSDK.Lightsail live (IpAddressType and friends).</summary>
    public const string ModelNamespace = Namespace + ".Model";

    /// <summary>The DSL attribute's class name (such as <c>TagAttribute</c>), or null for other attributes.</summary>
    public static string? AttributeName(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType
            ?? model.GetTypeInfo(attribute, cancellationToken).Type;
        return type != null && type.ContainingNamespace?.ToDisplayString() == Namespace ? type.Name : null;
    }

    public static bool Is(AttributeSyntax attribute, string name, SemanticModel model, CancellationToken cancellationToken)
        => AttributeName(attribute, model, cancellationToken) == name;

    /// <summary>
    /// The request member (normalized, see <see cref="RequestMembers.Normalize"/>) that <paramref name="expression"/>
    /// writes as an argument of a DSL attribute or of a generated builder method; null for anything else.
    /// </summary>
    public static string? MemberWrittenBy(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression.Parent is AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } attributeArgument)
        {
            return AttributeMember(attribute, attributeArgument, model, cancellationToken);
        }

        if (expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
            && IsBuilderStage(method.ContainingType))
        {
            var parameter = ParameterName(method, argument, invocation.ArgumentList);
            if (parameter is null)
            {
                return null;
            }

            return method.Name == BuilderMethods.WithTag ? "tags." + parameter : BuilderMethods.MemberOf(method.Name, parameter);
        }

        return null;
    }

    /// <summary>Whether a type is one of the generated builder's stages (a struct or interface implementing IInstanceBuilderStage).</summary>
    public static bool IsBuilderStage(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Interface } named
            && named.AllInterfaces.Any(i => i.Name == "IInstanceBuilderStage" && i.ContainingNamespace?.ToDisplayString() == Namespace + ".Building");

    private static string? AttributeMember(AttributeSyntax attribute, AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = AttributeName(attribute, model, cancellationToken);
        if (name is null)
        {
            return null;
        }

        if (argument.NameEquals != null)
        {
            var property = argument.NameEquals.Name.Identifier.ValueText;
            return name is Attributes.InstanceTemplate or Attributes.TemplateDefaults
                ? Vocabulary.RequestMembers.OfTemplateProperty(property)?.JsonName
                : null;
        }

        if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }

        var parameter = argument.NameColon?.Name.Identifier.ValueText;
        if (parameter is null)
        {
            var index = attribute.ArgumentList!.Arguments.IndexOf(argument);
            parameter = index < constructor.Parameters.Length ? constructor.Parameters[index].Name : null;
        }

        return (name, parameter) switch
        {
            (Attributes.Tag, Attributes.TagKey) => RequestMembers.TagKey,
            (Attributes.Tag, Attributes.TagValue) => RequestMembers.TagValue,
            (_, { } named) => Vocabulary.RequestMembers.OfConstructorParameter(name, named)?.JsonName,
            _ => null,
        };
    }

    private static string? ParameterName(IMethodSymbol method, ArgumentSyntax argument, ArgumentListSyntax list)
    {
        if (argument.NameColon != null)
        {
            return argument.NameColon.Name.Identifier.ValueText;
        }

        var index = list.Arguments.IndexOf(argument);
        return index >= 0 && index < method.Parameters.Length ? method.Parameters[index].Name : null;
    }
}
