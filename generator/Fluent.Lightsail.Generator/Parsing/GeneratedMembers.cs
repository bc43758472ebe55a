using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>
/// The names the generator adds to a template: the <c>Named</c> overloads and the nested class holding the template's
/// values (the steps and the final stage are the runtime's). Linked into the analyzers, so that the template-shape
/// diagnostic (FLS9008) and the generator agree on what clashes.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The entry point's name.</summary>
    public const string Named = "Named";

    /// <summary>The <c>Named</c> overloads by parameter: <c>string</c>, <c>string[]</c>, <c>IEnumerable&lt;string&gt;</c>.</summary>
    public const string NamedString = "Named(string)";

    /// <summary>
    /// The <c>params string[]</c> overload, written before C# 13 only; reserved in every version, so that changing
    /// <c>LangVersion</c> never turns a user's member into a clash.
    /// </summary>
    public const string NamedArray = "Named(string[])";

    /// <summary>The <c>IEnumerable&lt;string&gt;</c> overload (<c>params</c> from C# 13).</summary>
    public const string NamedSequence = "Named(IEnumerable<string>)";

    /// <summary>The class holding the template's values (private, so it hides nothing a derived template could see).</summary>
    public const string ValuesClass = "LightsailTemplateValues";

    /// <summary>
    /// Members the template itself declares (outside this generator's output) under a name the generator needs: a
    /// member named like a nested type, or a <c>Named</c> member that is not a method or has the parameter list of a
    /// generated overload. Such a template gets no generated code; the analyzers report each of these members.
    /// </summary>
    public static IEnumerable<ISymbol> Clashes(INamedTypeSymbol template)
    {
        foreach (var member in template.GetMembers())
        {
            // The name first: whether a member is generated is read from the values class's attributes, which binds them.
            var clashes = member.Name == Named ? member is not IMethodSymbol method || Overload(method) is not null : member.Name == ValuesClass;
            if (clashes && !member.IsImplicitlyDeclared && !IsGenerated(member))
            {
                yield return member;
            }
        }
    }

    /// <summary>
    /// The generated members that hide a member of a base class, in the forms of <see cref="NamedString"/> etc. and
    /// <see cref="ValuesClass"/>: these get <c>new</c>, so that a template deriving from another one compiles without CS0108.
    /// </summary>
    public static List<string> HiddenInBase(INamedTypeSymbol template)
    {
        var hidden = new List<string>();
        for (var type = template.BaseType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || !IsVisibleToDerived(member, template))
                {
                    continue;
                }

                if (member.Name == Named)
                {
                    if (member is IMethodSymbol method)
                    {
                        AddOnce(hidden, Overload(method));
                    }
                    else
                    {
                        // A field, property or type named Named is hidden by every overload.
                        AddOnce(hidden, NamedString);
                        AddOnce(hidden, NamedArray);
                        AddOnce(hidden, NamedSequence);
                    }
                }
                else if (member.Name == ValuesClass)
                {
                    AddOnce(hidden, member.Name);
                }
            }
        }

        hidden.Sort(System.StringComparer.Ordinal);
        return hidden;
    }

    /// <summary>Which generated overload a method's parameter list matches, or <see langword="null"/>.</summary>
    public static string? Overload(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.Parameters.Length != 1 || method.TypeParameters.Length != 0)
        {
            return null;
        }

        var type = method.Parameters[0].Type;
        if (type.SpecialType == SpecialType.System_String)
        {
            return NamedString;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String })
        {
            return NamedArray;
        }

        return type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } sequence
            && sequence.TypeArguments[0].SpecialType == SpecialType.System_String
            ? NamedSequence
            : null;
    }

    /// <summary>
    /// Whether this generator wrote the member: it is declared in the file that declares the template's values class
    /// with the generator's [GeneratedCode]. Only that class carries the attribute: every attribute is bound and
    /// analysed again in each build and at each keystroke, so a template's file is marked once.
    /// </summary>
    private static bool IsGenerated(ISymbol member)
    {
        var tree = member.DeclaringSyntaxReferences.Length > 0 ? member.DeclaringSyntaxReferences[0].SyntaxTree : null;
        foreach (var values in member.ContainingType.GetTypeMembers(ValuesClass))
        {
            if (HasGeneratorAttribute(values) && values.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == tree))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGeneratorAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            // The type by name, not ToDisplayString(): this runs for every template at every analysis.
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value as string == "Fluent.Lightsail.Generator")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisibleToDerived(ISymbol member, INamedTypeSymbol derived)
    {
        switch (member.DeclaredAccessibility)
        {
            case Accessibility.Public:
            case Accessibility.Protected:
            case Accessibility.ProtectedOrInternal:
                return true;
            case Accessibility.Internal:
            case Accessibility.ProtectedAndInternal:
                return SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, derived.ContainingAssembly)
                    || member.ContainingAssembly.GivesAccessTo(derived.ContainingAssembly);
            default:
                return false;
        }
    }

    private static void AddOnce(List<string> names, string? name)
    {
        if (name is not null && !names.Contains(name))
        {
            names.Add(name);
        }
    }
}
