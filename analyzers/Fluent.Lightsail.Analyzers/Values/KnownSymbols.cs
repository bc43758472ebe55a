using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>The DSL's symbols, resolved once per compilation (null when the compilation does not reference the runtime).</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation)
    {
        InstanceTemplate = Attribute(compilation, RequestMembers.Attributes.InstanceTemplate);
        TemplateDefaults = Attribute(compilation, RequestMembers.Attributes.TemplateDefaults);
        Tag = Attribute(compilation, RequestMembers.Attributes.Tag);
        UserData = Attribute(compilation, RequestMembers.Attributes.UserData);
        UserDataFile = Attribute(compilation, RequestMembers.Attributes.UserDataFile);
        AutoSnapshot = Attribute(compilation, RequestMembers.Attributes.AutoSnapshot);
        StopInstanceOnIdle = Attribute(compilation, RequestMembers.Attributes.StopInstanceOnIdle);
        BuilderStage = compilation.GetTypeByMetadataName("Fluent.Lightsail.Building.IInstanceBuilderStage");
    }

    public INamedTypeSymbol? InstanceTemplate { get; }

    public INamedTypeSymbol? TemplateDefaults { get; }

    public INamedTypeSymbol? Tag { get; }

    public INamedTypeSymbol? UserData { get; }

    public INamedTypeSymbol? UserDataFile { get; }

    public INamedTypeSymbol? AutoSnapshot { get; }

    public INamedTypeSymbol? StopInstanceOnIdle { get; }

    public INamedTypeSymbol? BuilderStage { get; }

    /// <summary>A DSL attribute by the vocabulary's class name, so the names are spelled once.</summary>
    private static INamedTypeSymbol? Attribute(Compilation compilation, string name)
        => compilation.GetTypeByMetadataName(RequestMembers.Attributes.Namespace + "." + name);

    public static KnownSymbols? Resolve(Compilation compilation)
    {
        var symbols = new KnownSymbols(compilation);
        return symbols.InstanceTemplate is null ? null : symbols;
    }

    public bool Is(AttributeData attribute, INamedTypeSymbol? type)
        => type != null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>
    /// Which DSL attribute <paramref name="attribute"/> is, from one look at its class: a template's attributes used to be
    /// compared against each DSL type in turn, once to find them and again to dispatch on them.
    /// </summary>
    public DslAttribute Classify(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null)
        {
            return DslAttribute.None;
        }

        var comparer = SymbolEqualityComparer.Default;
        return comparer.Equals(type, InstanceTemplate) ? DslAttribute.InstanceTemplate
            : comparer.Equals(type, Tag) ? DslAttribute.Tag
            : comparer.Equals(type, UserData) ? DslAttribute.UserData
            : comparer.Equals(type, UserDataFile) ? DslAttribute.UserDataFile
            : comparer.Equals(type, AutoSnapshot) ? DslAttribute.AutoSnapshot
            : comparer.Equals(type, StopInstanceOnIdle) ? DslAttribute.StopInstanceOnIdle
            : comparer.Equals(type, TemplateDefaults) ? DslAttribute.TemplateDefaults
            : DslAttribute.None;
    }

    public bool IsTemplate(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (Is(attribute, InstanceTemplate))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsBuilderStage(INamedTypeSymbol type)
    {
        // The steps and the final stage are structs; interfaces that derive from the marker (user extensions) count too.
        if (BuilderStage is null || (type.TypeKind != TypeKind.Struct && type.TypeKind != TypeKind.Interface))
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, BuilderStage))
            {
                return true;
            }
        }

        return false;
    }
}
