using System.Collections.Generic;
using System.Collections.Immutable;
using Fluent.Lightsail.Rules;
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
        if (isTemplate)
        {
            TemplateShapeChecks.Check(type, model, context.ReportDiagnostic, context.CancellationToken);
        }

        CheckOwnMembers(model, context.ReportDiagnostic, context.CancellationToken);
        if (isTemplate)
        {
            CheckMergedValues(model, context.ReportDiagnostic);
        }
    }

    /// <summary>The one-member rules on every value the class's own attributes write.</summary>
    private static void CheckOwnMembers(TemplateModel model, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        for (var slot = 0; slot < MemberSlots.Count; slot++)
        {
            if (model.Values.At(slot) is { Level: ValueLevel.Template } value)
            {
                MemberChecks.Check(MemberSlots.Names[slot], value.Value, new LocatedSink(report, value.Location));
            }
        }

        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Tags.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckTag(model.Tags[i], i, keys, report);
        }
    }

    /// <summary>The rules on the <paramref name="index"/>-th tag of its list (member "tags[index].key" / ".value").</summary>
    internal static void CheckTag(AttributeArguments tag, int index, ISet<string> seenKeys, System.Action<Diagnostic> report)
    {
        if (!tag.TryGet("key", out var key))
        {
            return;
        }

        var keySink = new LocatedSink(report, key.Location);
        var keyMember = TagMembers.Key(index);
        TagRules.CheckKey(key.Value, keyMember, keySink);
        TagRules.CheckDuplicateKey(key.Value, keyMember, seenKeys, keySink);
        if (tag.TryGet("value", out var value))
        {
            TagRules.CheckValue(value.Value, TagMembers.Value(index), new LocatedSink(report, value.Location));
        }
    }

    /// <summary>The rules that relate members, on the template's values merged over the assembly defaults.</summary>
    private static void CheckMergedValues(TemplateModel model, System.Action<Diagnostic> report)
    {
        var values = model.Values;
        foreach (var violation in model.CrossFieldViolations)
        {
            var source = values.Find(violation.Member);
            var location = source is { Level: ValueLevel.Template } ? source.Location : values.Anchor;
            report(RuleDiagnostics.Create(violation, location));
        }

        if (values.Tags.Count > TagRules.MaxTags)
        {
            var first = values.Tags[TagRules.MaxTags].Key;
            TagRules.CheckCount(values.Tags.Count, "tags", new LocatedSink(report, first.Level == ValueLevel.Template ? first.Location : values.Anchor));
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
        foreach (var attribute in list.Attributes)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var span = attribute.Span;
            if (defaults.Defaults is { } templateDefaults && IsAt(templateDefaults, attribute))
            {
                foreach (var (property, member) in TemplateProperties.All)
                {
                    if (templateDefaults.TryGet(property, out var argument))
                    {
                        MemberChecks.Check(member, argument.Value, new LocatedSink(context.ReportDiagnostic, argument.Location));
                    }
                }

                continue;
            }

            var index = defaults.Tags.FindIndex(tag => IsAt(tag, attribute));
            if (index < 0)
            {
                continue;
            }

            // Duplicates and the count are judged over every assembly tag, in declaration order, reported on this one.
            var earlierKeys = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < index; i++)
            {
                if (defaults.Tags[i].TryGet("key", out var earlier) && earlier.Value != null)
                {
                    earlierKeys.Add(earlier.Value);
                }
            }

            CheckTag(defaults.Tags[index], index, earlierKeys, context.ReportDiagnostic);
            if (index == TagRules.MaxTags && defaults.Tags[index].TryGet("key", out var key))
            {
                TagRules.CheckCount(defaults.Tags.Count, "tags", new LocatedSink(context.ReportDiagnostic, key.Location));
            }
        }
    }

    private static bool IsAt(AttributeArguments arguments, AttributeSyntax attribute)
        => arguments.Location.SourceTree == attribute.SyntaxTree && arguments.Location.SourceSpan == attribute.Span;

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
