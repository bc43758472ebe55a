using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>
/// Turns one <c>[InstanceTemplate]</c> declaration into a <see cref="TemplateSpec"/>, or into nothing when its shape
/// cannot carry a generated builder. The analyzers report those shapes; the generator stays silent (design habit 4).
/// </summary>
internal static class TemplateParser
{
    /// <summary>The syntax-only filter: templates are class or record declarations.</summary>
    public static bool IsCandidate(SyntaxNode node) => node is ClassDeclarationSyntax or RecordDeclarationSyntax;

    public static TemplateSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type
            || context.TargetNode is not TypeDeclarationSyntax declaration
            || context.Attributes.Length != 1
            || CountTemplateAttributes(type) != 1)
        {
            // Two [InstanceTemplate]s (on one or on several partial declarations) are a compiler error already; two
            // outputs with one hint name would make the whole generator fail instead of this template alone.
            return null;
        }

        var hierarchy = ParseHierarchy(type, declaration);
        if (hierarchy is null)
        {
            return null;
        }

        // A member of the template's own that takes a name the generator needs would make the generated code fail
        // to compile (CS0102, CS0111); the analyzers report it (FLS9008) and nothing is generated.
        if (GeneratedMembers.Clashes(type).Any())
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Both scripts at once, or a file attribute without a path: the analyzers report it, nothing is generated.
        var values = TemplateValuesParser.Parse(type, context.Attributes[0], cancellationToken);
        return values.HasScriptConflict ? null : new TemplateSpec(hierarchy, values, HiddenInBase(type));
    }

    /// <summary>
    /// What the generated members hide in base classes: members the compilation already shows (a plain base class, a
    /// base template of a referenced assembly), and the <c>Named</c> overloads this generator adds to a base template of
    /// the same compilation, which its own input does not show.
    /// </summary>
    private static EquatableArray<string> HiddenInBase(INamedTypeSymbol type)
    {
        var hidden = GeneratedMembers.HiddenInBase(type);
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (IsSourceTemplate(baseType))
            {
                hidden.AddRange(new[] { GeneratedMembers.NamedString, GeneratedMembers.NamedArray, GeneratedMembers.NamedSequence });
            }
        }

        return new EquatableArray<string>(hidden.Distinct().OrderBy(name => name, System.StringComparer.Ordinal));
    }

    /// <summary>A base class declared in this compilation that this generator gives a builder (valid shape, no clash).</summary>
    private static bool IsSourceTemplate(INamedTypeSymbol type)
    {
        var declaration = type.DeclaringSyntaxReferences.Length > 0 ? type.DeclaringSyntaxReferences[0].GetSyntax() as TypeDeclarationSyntax : null;
        return declaration is not null && CountTemplateAttributes(type) == 1 && ParseHierarchy(type, declaration) is not null && !GeneratedMembers.Clashes(type).Any();
    }

    private static int CountTemplateAttributes(INamedTypeSymbol type)
    {
        var count = 0;
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == FluentAttributes.InstanceTemplateMetadataName)
            {
                count++;
            }
        }

        return count;
    }

    private static TypeHierarchySpec? ParseHierarchy(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        // The contract admits classes and record classes only: record struct and struct are TypeKind.Struct.
        if (type.TypeKind != TypeKind.Class || type.IsStatic)
        {
            return null;
        }

        // A template nested in a generic type is generic too: Named would need type arguments to be called.
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeParameters.Length > 0)
            {
                return null;
            }
        }

        if (!IsRedeclarable(declaration))
        {
            return null;
        }

        var containing = new List<TypeDeclarationSpec>();
        for (var parent = declaration.Parent as TypeDeclarationSyntax; parent is not null; parent = parent.Parent as TypeDeclarationSyntax)
        {
            if (!IsRedeclarable(parent))
            {
                return null;
            }

            containing.Insert(0, Describe(parent));
        }

        return new TypeHierarchySpec(NamespaceOf(type), new EquatableArray<TypeDeclarationSpec>(containing), Describe(declaration));
    }

    // Generated code adds a partial declaration in another file: every level must be partial, and file-local types
    // cannot be continued from another file.
    private static bool IsRedeclarable(TypeDeclarationSyntax declaration) =>
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && !declaration.Modifiers.Any(SyntaxKind.FileKeyword);

    private static TypeDeclarationSpec Describe(TypeDeclarationSyntax declaration)
    {
        var modifiers = new List<string>();
        foreach (var modifier in declaration.Modifiers)
        {
            if (!modifier.IsKind(SyntaxKind.PartialKeyword))
            {
                modifiers.Add(modifier.Text);
            }
        }

        var keyword = declaration.Keyword.Text;
        if (declaration is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.None))
        {
            keyword += " " + record.ClassOrStructKeyword.Text;
        }

        return new TypeDeclarationSpec(string.Join(" ", modifiers), keyword, declaration.Identifier.ValueText);
    }

    private static string NamespaceOf(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            names.Insert(0, ns.Name);
        }

        return string.Join(".", names);
    }
}
