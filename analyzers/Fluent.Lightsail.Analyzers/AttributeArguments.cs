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
    // A DSL attribute has at most five arguments: parallel arrays searched in order cost less than a dictionary's
    // allocations and string hashing, which a trace of the analyzers showed per attribute and per look-up.
    private readonly string[] _names;
    private readonly ArgumentValue[] _values;
    private readonly int _count;

    private AttributeArguments(AttributeData attribute, Location location, string[] names, ArgumentValue[] values, int count)
    {
        Attribute = attribute;
        Location = location;
        _names = names;
        _values = values;
        _count = count;
    }

    public AttributeData Attribute { get; }

    /// <summary>The whole attribute (name and arguments).</summary>
    public Location Location { get; }

    public bool TryGet(string name, out ArgumentValue value)
    {
        var index = IndexOf(_names, _count, name);
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    public static AttributeArguments? Read(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        var arguments = syntax.ArgumentList?.Arguments ?? default;
        var names = arguments.Count == 0 ? System.Array.Empty<string>() : new string[arguments.Count];
        var values = arguments.Count == 0 ? System.Array.Empty<ArgumentValue>() : new ArgumentValue[arguments.Count];
        var count = 0;
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
                        Put(names, values, ref count, property, new ArgumentValue(text, argument.Expression.GetLocation()));
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
                Put(names, values, ref count, parameters[parameterIndex].Name, new ArgumentValue(value, argument.Expression.GetLocation()));
            }
        }

        return new AttributeArguments(attribute, syntax.GetLocation(), names, values, count);
    }

    /// <summary>Adds or, for a name given twice, replaces (as the dictionary's indexer did): the last one wins.</summary>
    private static void Put(string[] names, ArgumentValue[] values, ref int count, string name, ArgumentValue value)
    {
        var index = IndexOf(names, count, name);
        if (index < 0)
        {
            index = count++;
            names[index] = name;
        }

        values[index] = value;
    }

    private static int IndexOf(string[] names, int count, string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(names[i], name, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
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
