using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>The DSL's attribute names, and a match by name that needs no symbol lookup per compilation.</summary>
internal static class FluentAttributes
{
    public const string Namespace = "Fluent.Lightsail";
    public const string InstanceTemplateMetadataName = "Fluent.Lightsail.InstanceTemplateAttribute";
    public const string TemplateDefaults = "TemplateDefaultsAttribute";
    public const string Tag = "TagAttribute";
    public const string UserData = "UserDataAttribute";
    public const string UserDataFile = "UserDataFileAttribute";
    public const string AutoSnapshot = "AutoSnapshotAttribute";
    public const string StopInstanceOnIdle = "StopInstanceOnIdleAttribute";

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
