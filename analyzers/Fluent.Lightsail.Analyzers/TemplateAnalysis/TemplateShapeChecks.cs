using System;
using System.Collections.Immutable;
using System.Threading;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.Analyzers;

/// <summary>The template shapes the builder contract excludes (FLS9001-FLS9008); the generator emits nothing for them.</summary>
internal static class TemplateShapeChecks
{
    public static void Check(INamedTypeSymbol type, TemplateModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var identifier = IdentifierLocation(type, model);
        var name = type.Name;
        if (!IsPartial(type, cancellationToken))
        {
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.TemplateNotPartial,
                identifier,
                $"Template '{name}' is not partial; the generator adds Named(...) and the builder to the template's own declaration (builder contract). Add the 'partial' modifier.",
                Modifier("partial")));
        }

        if (type.TypeKind == TypeKind.Struct)
        {
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.TemplateIsStruct,
                identifier,
                $"Template '{name}' is a struct; templates are partial classes or record classes (builder contract). Declare it as a 'class'."));
        }

        if (type.IsStatic)
        {
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.TemplateIsStatic,
                identifier,
                $"Template '{name}' is static; static templates get no builder (builder contract). Remove the 'static' modifier."));
        }

        if (type.TypeParameters.Length > 0)
        {
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.TemplateIsGeneric,
                identifier,
                $"Template '{name}' is generic; the static Named(...) entry point cannot choose type arguments (builder contract). Remove the type parameters."));
        }

        for (var container = type.ContainingType; container != null; container = container.ContainingType)
        {
            if (!IsPartial(container, cancellationToken))
            {
                report(RuleDiagnostics.Create(
                    DiagnosticDescriptors.ContainingTypeNotPartial,
                    identifier,
                    $"Template '{name}' is nested in '{container.Name}', which is not partial; the generated code re-opens every containing type (builder contract). Add 'partial' to '{container.Name}'.",
                    Modifier("partial").Add("ContainingType", container.Name)));
            }
        }

        foreach (var member in GeneratedMembers.Clashes(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReportNameTaken(type, member, report);
        }

        if (model.Sources.UserData != null && model.Sources.UserDataFile is { } both)
        {
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.TwoUserDataSources,
                ArgumentLocator.Attribute(both, cancellationToken),
                $"Template '{name}' has both [UserData] and [UserDataFile]; a request has one launch script (builder contract). Remove one of them.",
                ImmutableDictionary<string, string?>.Empty.Add(FixDataKeys.Remove, "true")));
        }

        if (model.Sources.UserDataFile is { } file && !model.UserDataFileFound)
        {
            var location = ArgumentLocator.ArgumentOrAttribute(file, RequestMembers.Attributes.UserDataFilePath, cancellationToken);
            var path = model.Own.UserDataFile;
            var shown = RuleText.Escape(path ?? "(none)");
            report(RuleDiagnostics.Create(
                DiagnosticDescriptors.UserDataFileNotFound,
                location,
                $"[UserDataFile] path '{shown}' is not an AdditionalFiles item; the generator embeds the file at compile time (builder contract). " +
                $"Add <AdditionalFiles Include=\"{shown}\" /> to the project, or fix the path.",
                ImmutableDictionary<string, string?>.Empty.Add("Path", path)));
        }
    }

    private static void ReportNameTaken(INamedTypeSymbol type, ISymbol member, Action<Diagnostic> report)
    {
        var location = member.Locations.Length > 0 ? member.Locations[0] : Location.None;
        var replacement = FreeName(type, member.Name + "Custom");
        var what = member.Name == GeneratedMembers.Named
            ? "the builder's entry point, Named(string) and Named(params IEnumerable<string>) (before C# 13 Named(params string[]) and Named(IEnumerable<string>))"
            : "the class that holds the template's values";
        report(RuleDiagnostics.Create(
            DiagnosticDescriptors.GeneratedNameTaken,
            location,
            $"Template '{type.Name}' declares '{member.Name}', a name the generator adds for {what}, so no builder is generated for it (builder contract). " +
            $"Use another name for the member, such as '{replacement}'.",
            ImmutableDictionary<string, string?>.Empty.Add(FixDataKeys.Replacement, replacement).Add(FixDataKeys.Source, "builder contract")));
    }

    /// <summary><paramref name="name"/>, or it with a number, whichever the template does not use yet.</summary>
    private static string FreeName(INamedTypeSymbol type, string name)
    {
        var candidate = name;
        for (var i = 2; type.GetMembers(candidate).Length > 0; i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>
    /// The template's name in the declaration that carries [InstanceTemplate]: with several partial declarations
    /// (the generator adds one), the user's is where the finding belongs and where #pragma applies.
    /// </summary>
    private static Location IdentifierLocation(INamedTypeSymbol type, TemplateModel model)
    {
        var attributeTree = model.InstanceTemplate?.ApplicationSyntaxReference?.SyntaxTree;
        foreach (var location in type.Locations)
        {
            if (location.SourceTree == attributeTree)
            {
                return location;
            }
        }

        return type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }

    private static ImmutableDictionary<string, string?> Modifier(string modifier)
        => ImmutableDictionary<string, string?>.Empty.Add(FixDataKeys.AddModifier, modifier);

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return type.DeclaringSyntaxReferences.Length == 0;
    }
}
