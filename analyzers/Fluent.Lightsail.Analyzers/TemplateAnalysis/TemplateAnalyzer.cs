using System.Collections.Generic;
using System.Collections.Immutable;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Checks templates while the user types: the shape of the class (FLS9xxx), every constant of the DSL attributes on
/// it and on the assembly, and the rules that relate the template's merged values (platform, user data, add-ons, IP type).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = AnalysisState.Create(start.Compilation, start.Options, start.CancellationToken);
            if (state is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, state), SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(nodeContext => AnalyzeAssemblyAttributes(nodeContext, state), SyntaxKind.AttributeList);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, AnalysisState state)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var (isTemplate, hasDsl) = Inspect(type, state.Symbols);
        if (!isTemplate && !hasDsl)
        {
            return;
        }

        var model = state.GetTemplate(type, context.CancellationToken);

        // One delegate for the three checks: each method group conversion on the context (a struct) boxed a copy of it.
        System.Action<Diagnostic> report = context.ReportDiagnostic;
        if (isTemplate)
        {
            TemplateShapeChecks.Check(type, model, report, context.CancellationToken);
        }

        CheckOwnMembers(model, report, context.CancellationToken);
        if (isTemplate)
        {
            CheckMergedValues(model, report);
        }
    }

    /// <summary>The one-member rules on every value the class's own attributes write.</summary>
    private static void CheckOwnMembers(TemplateModel model, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        for (var slot = 0; slot < MemberSlots.Count; slot++)
        {
            if (model.Values.At(slot) is { Origin: ValueOrigin.Template } value)
            {
                MemberChecks.Check(MemberSlots.Names[slot], value.Value, new LocatedSink(report, value.Location));
            }
        }

        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Own.Tags.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckTag(model.Own.Tags[i], model.Sources.Tags[i], i, keys, report, cancellationToken);
        }
    }

    /// <summary>The rules on the <paramref name="index"/>-th tag of its list (member "tags[index].key" / ".value").</summary>
    internal static void CheckTag(
        TagSpec tag, AttributeData source, int index, ISet<string> seenKeys, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var sourced = TemplateReader.Tag(tag, source, ValueOrigin.Template, cancellationToken);
        var keySink = new LocatedSink(report, sourced.Key.Location);
        var keyMember = TagMembers.Key(index);
        TagRules.CheckKey(tag.Key, keyMember, keySink);
        TagRules.CheckDuplicateKey(tag.Key, keyMember, seenKeys, keySink);
        if (sourced.Value is { } value)
        {
            TagRules.CheckValue(tag.Value, TagMembers.Value(index), new LocatedSink(report, value.Location));
        }
    }

    /// <summary>The rules that relate members, on the template's values merged over the assembly defaults.</summary>
    private static void CheckMergedValues(TemplateModel model, System.Action<Diagnostic> report)
    {
        var values = model.Values;
        foreach (var violation in model.CrossFieldViolations)
        {
            var source = values.Find(violation.Member);
            var location = source is { Origin: ValueOrigin.Template } ? source.Location : values.Anchor;
            report(RuleDiagnostics.Create(violation, location));
        }

        if (values.Tags.Count > TagRules.MaxTags)
        {
            var first = values.Tags[TagRules.MaxTags].Key;
            TagRules.CheckCount(values.Tags.Count, "tags", new LocatedSink(report, first.Origin == ValueOrigin.Template ? first.Location : values.Anchor));
        }
    }

    private static void AnalyzeAssemblyAttributes(SyntaxNodeAnalysisContext context, AnalysisState state)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Target is null || !list.Target.Identifier.IsKind(SyntaxKind.AssemblyKeyword))
        {
            return;
        }

        var defaults = state.GetDefaults(context.CancellationToken);
        var cancellationToken = context.CancellationToken;
        foreach (var attribute in list.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (defaults.Sources.Properties is { } templateDefaults && ArgumentLocator.IsAt(templateDefaults, attribute))
            {
                foreach (var member in RequestMembers.TemplateProperties)
                {
                    if (ArgumentLocator.Argument(templateDefaults, member.Argument, cancellationToken) is { } location)
                    {
                        MemberChecks.Check(member.JsonName, FluentAttributes.Argument(templateDefaults, member), new LocatedSink(context.ReportDiagnostic, location));
                    }
                }

                continue;
            }

            var tags = defaults.Sources.Tags;
            var index = tags.FindIndex(tag => ArgumentLocator.IsAt(tag, attribute));
            if (index < 0)
            {
                continue;
            }

            // Duplicates and the count are judged over every assembly tag, in declaration order, reported on this one.
            var earlierKeys = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < index; i++)
            {
                if (defaults.Spec.Tags[i].Key is { } earlier)
                {
                    earlierKeys.Add(earlier);
                }
            }

            CheckTag(defaults.Spec.Tags[index], tags[index], index, earlierKeys, context.ReportDiagnostic, cancellationToken);
            if (index == TagRules.MaxTags)
            {
                var key = ArgumentLocator.ArgumentOrAttribute(tags[index], RequestMembers.Attributes.TagKey, cancellationToken);
                TagRules.CheckCount(defaults.Spec.Tags.Count, RequestMembers.Json.Tags, new LocatedSink(context.ReportDiagnostic, key));
            }
        }
    }

    /// <summary>
    /// Whether the type is a template and whether it carries another class-level DSL attribute, in one loop over its
    /// attributes: this runs for every type of the compilation, and the LINQ version boxed the attribute array and
    /// allocated a closure per type.
    /// </summary>
    private static (bool IsTemplate, bool HasDsl) Inspect(INamedTypeSymbol type, KnownSymbols symbols)
    {
        bool isTemplate = false, hasDsl = false;
        foreach (var attribute in type.GetAttributes())
        {
            switch (symbols.Classify(attribute))
            {
                case DslAttribute.InstanceTemplate:
                    isTemplate = true;
                    break;
                case DslAttribute.Tag:
                case DslAttribute.UserData:
                case DslAttribute.UserDataFile:
                case DslAttribute.AutoSnapshot:
                case DslAttribute.StopInstanceOnIdle:
                    hasDsl = true;
                    break;
            }
        }

        return (isTemplate, hasDsl);
    }
}
