using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The string arguments of one attribute application, by constructor parameter name or property name, each with the
/// location of its argument expression. Values come from <see cref="AttributeData"/> (already constant-folded), so no
/// semantic model is needed.
/// </summary>
internal sealed class AttributeArguments
{
    private readonly Dictionary<string, ArgumentValue> _values;

    private AttributeArguments(AttributeData attribute, Location location, Dictionary<string, ArgumentValue> values)
    {
        Attribute = attribute;
        Location = location;
        _values = values;
    }

    public AttributeData Attribute { get; }

    /// <summary>The whole attribute (name and arguments).</summary>
    public Location Location { get; }

    public bool TryGet(string name, out ArgumentValue value) => _values.TryGetValue(name, out value);

    public static AttributeArguments? Read(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        var values = new Dictionary<string, ArgumentValue>();
        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        var arguments = syntax.ArgumentList?.Arguments ?? default;
        var position = 0;
        foreach (var argument in arguments)
        {
            if (argument.NameEquals != null)
            {
                var property = argument.NameEquals.Name.Identifier.ValueText;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == property && TryGetString(named.Value, out var text))
                    {
                        values[property] = new ArgumentValue(text, argument.Expression.GetLocation());
                    }
                }

                continue;
            }

            var parameterIndex = position++;
            if (argument.NameColon != null && !parameters.IsDefault)
            {
                parameterIndex = IndexOf(parameters, argument.NameColon.Name.Identifier.ValueText);
            }

            if (parameters.IsDefault || parameterIndex < 0 || parameterIndex >= parameters.Length
                || parameterIndex >= attribute.ConstructorArguments.Length)
            {
                continue;
            }

            if (TryGetString(attribute.ConstructorArguments[parameterIndex], out var value))
            {
                values[parameters[parameterIndex].Name] = new ArgumentValue(value, argument.Expression.GetLocation());
            }
        }

        return new AttributeArguments(attribute, syntax.GetLocation(), values);
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string name)
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

    private static bool TryGetString(TypedConstant constant, out string? value)
    {
        value = null;
        if (constant.Kind != TypedConstantKind.Primitive || (constant.Value != null && constant.Value is not string))
        {
            return false;
        }

        value = (string?)constant.Value;
        return true;
    }
}
