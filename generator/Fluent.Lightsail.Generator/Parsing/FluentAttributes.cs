using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>
/// A match of the DSL's attributes by name (the names are in <see cref="RequestMembers.Attributes"/>) that needs no
/// symbol lookup per compilation, and their string arguments. Shared by the generator and the analyzers.
/// </summary>
internal static class FluentAttributes
{
    public const string InstanceTemplateMetadataName = RequestMembers.Attributes.Namespace + "." + RequestMembers.Attributes.InstanceTemplate;

    /// <summary>
    /// Whether <paramref name="attribute"/> is the DSL attribute <paramref name="name"/>. Attributes that did not bind
    /// (no constructor) are ignored: the compiler already reports them, and their arguments mean nothing.
    /// </summary>
    public static bool Is(AttributeData attribute, string name)
    {
        var type = attribute.AttributeClass;
        return type is not null
            && attribute.AttributeConstructor is not null
            && type.Name == name
            && type.ContainingType is null
            && IsFluentNamespace(type.ContainingNamespace);
    }

    private static bool IsFluentNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Lightsail" }
        && ns.ContainingNamespace is { Name: "Fluent" } parent
        && parent.ContainingNamespace is { IsGlobalNamespace: true };

    /// <summary>The string value that <paramref name="attribute"/> gives <paramref name="member"/>, or null when absent.</summary>
    public static string? Argument(AttributeData attribute, RequestMember member) =>
        member.IsTemplateProperty ? NamedStringArgument(attribute, member.Argument) : StringArgument(attribute, member.ArgumentIndex);

    /// <summary>The template properties [InstanceTemplate] or [TemplateDefaults] sets, in vocabulary order (all null without one).</summary>
    public static EquatableArray<string?> TemplateProperties(AttributeData? attribute)
    {
        var values = new string?[RequestMembers.TemplateProperties.Length];
        for (var i = 0; attribute is not null && i < values.Length; i++)
        {
            values[i] = Argument(attribute, RequestMembers.TemplateProperties[i]);
        }

        return new EquatableArray<string?>(values);
    }

    /// <summary>The string value of constructor argument <paramref name="index"/>, or null when absent or not a string.</summary>
    public static string? StringArgument(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length ? attribute.ConstructorArguments[index].Value as string : null;

    /// <summary>The string value of the named argument <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? NamedStringArgument(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }
}
