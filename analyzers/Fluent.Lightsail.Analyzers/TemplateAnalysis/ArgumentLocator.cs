using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Where an attribute application, or one of its arguments, is written: the one thing the analyzers add to the shared
/// parser's values (which carry no syntax, so that the generator's pipeline outputs stay value-equatable).
/// </summary>
internal static class ArgumentLocator
{
    /// <summary>The whole attribute (name and arguments).</summary>
    public static Location Attribute(AttributeData attribute, CancellationToken cancellationToken)
        => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;

    /// <summary>
    /// The expression written for the constructor parameter or named property <paramref name="name"/>, or null when
    /// the application does not write it. A name written twice is a compiler error; the last one is taken.
    /// </summary>
    public static Location? Argument(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } list })
        {
            return null;
        }

        var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
        Location? found = null;
        var position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals != null)
            {
                if (argument.NameEquals.Name.Identifier.ValueText == name)
                {
                    found = argument.Expression.GetLocation();
                }

                continue;
            }

            var index = position++;
            if (argument.NameColon != null)
            {
                index = IndexOf(parameters, argument.NameColon.Name.Identifier.ValueText);
            }

            if (index >= 0 && index < parameters.Length && parameters[index].Name == name)
            {
                found = argument.Expression.GetLocation();
            }
        }

        return found;
    }

    /// <summary>The argument's expression, or else the whole attribute.</summary>
    public static Location ArgumentOrAttribute(AttributeData attribute, string name, CancellationToken cancellationToken)
        => Argument(attribute, name, cancellationToken) ?? Attribute(attribute, cancellationToken);

    /// <summary>Whether <paramref name="attribute"/> is the application written at <paramref name="syntax"/>.</summary>
    public static bool IsAt(AttributeData attribute, AttributeSyntax syntax)
        => attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == syntax.SyntaxTree && reference.Span == syntax.Span;

    private static int IndexOf(ImmutableArray<IParameterSymbol> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
