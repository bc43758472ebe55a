using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Checks constant arguments of generated builder methods at call sites: <c>Template.Named("web-1")</c> and the methods
/// of the stages implementing IInstanceBuilderStage (<c>.WithTag("bad#key", "v")</c>, <c>.InZone("us-east-2")</c>, …).
/// Rules that relate members use the template's attribute values overlaid with the constants of the whole call chain.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuilderCallAnalyzer : DiagnosticAnalyzer
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
            if (state?.Symbols.BuilderStage is null)
            {
                return;
            }

            start.RegisterOperationAction(operationContext => Analyze(operationContext, state), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, AnalysisState state)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (IsNamed(method, state.Symbols))
        {
            AnalyzeNames(invocation, context);
        }
        else if (IsStageMethod(method, state.Symbols))
        {
            AnalyzeStageCall(invocation, state, context);
        }
    }

    private static bool IsNamed(IMethodSymbol method, KnownSymbols symbols)
        => method.Name == BuilderMethods.Named && method.IsStatic && method.ContainingType is { } type && symbols.IsTemplate(type);

    private static bool IsStageMethod(IMethodSymbol method, KnownSymbols symbols)
        => !method.IsStatic && method.ContainingType is { } type && symbols.IsBuilderStage(type);

    private static void AnalyzeNames(IInvocationOperation invocation, OperationAnalysisContext context)
    {
        // Named("web-1"): the one-name overload, the request's first and only name.
        var single = ArgumentFor(invocation, BuilderMethods.NamedSingleParameter);
        if (single is not null)
        {
            if (ConstantArgument.TryRead(single, out var value, out var isConstant, out var location) && isConstant)
            {
                InstanceNameRules.CheckName(value, "instanceNames[0]", new LocatedSink(context.ReportDiagnostic, location));
            }

            return;
        }

        var argument = ArgumentFor(invocation, BuilderMethods.NamedParameter);
        var elements = argument is null ? default : NameElements.Of(argument.Value);
        if (elements.IsDefault)
        {
            return;
        }

        if (elements.Length == 0)
        {
            var sink = new LocatedSink(context.ReportDiagnostic, invocation.Syntax.GetLocation());
            InstanceNameRules.CheckNames(Array.Empty<string?>(), sink);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ConstantArgument.TryReadValue(elements[i], out var name, out var isConstant, out var location);
            if (!isConstant)
            {
                continue;
            }

            var sink = new LocatedSink(context.ReportDiagnostic, location);
            var member = "instanceNames[" + i + "]";
            InstanceNameRules.CheckName(name, member, sink);
            InstanceNameRules.CheckDuplicate(name, member, seen, sink);
            if (i == InstanceNameRules.DefaultInstanceQuota)
            {
                InstanceNameRules.CheckCount(elements.Length, sink);
            }
        }
    }

    // A loop, not FirstOrDefault: every Named call of a large project comes here, and LINQ allocated for each.
    private static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    private static void AnalyzeStageCall(IInvocationOperation invocation, AnalysisState state, OperationAnalysisContext context)
    {
        var methodName = invocation.TargetMethod.Name;
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter?.Name;
            if (parameter is null || !ConstantArgument.TryRead(argument, out var value, out var isConstant, out var location) || !isConstant)
            {
                continue;
            }

            var sink = new LocatedSink(context.ReportDiagnostic, location);
            if (methodName == BuilderMethods.WithTag && parameter == "key")
            {
                TagRules.CheckKey(value, "tags.key", sink);
            }
            else if (methodName == BuilderMethods.WithTag && parameter == "value")
            {
                TagRules.CheckValue(value, "tags.value", sink);
            }
            else if (BuilderMethods.MemberOf(methodName, parameter) is { } member)
            {
                MemberChecks.Check(member, value, sink);
            }
        }

        // Only a WithTag (for its earlier keys) and the chain's outermost call need the chain: the others skip collecting it.
        var isOutermost = !CallChain.HasLaterCall(invocation, state.Symbols);
        if (methodName != BuilderMethods.WithTag && !isOutermost)
        {
            return;
        }

        var chain = CallChain.Collect(invocation, state.Symbols);
        if (methodName == BuilderMethods.WithTag)
        {
            CheckDuplicateCallTag(invocation, chain, context);
        }

        // The chain's values are the same from each of its calls: evaluate them once, from the outermost call, whose
        // syntax holds every call of the chain.
        if (isOutermost)
        {
            CheckCrossField(invocation, chain, state, context);
        }
    }

    /// <summary>G8 within one chain: a second WithTag with the same constant key (inherited keys are replaced, not duplicated).</summary>
    private static void CheckDuplicateCallTag(IInvocationOperation invocation, CallChain chain, OperationAnalysisContext context)
    {
        if (!TryReadTagKey(invocation, out var key, out var location) || key is null)
        {
            return;
        }

        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in chain.Calls)
        {
            if (call == invocation)
            {
                break;
            }

            if (call.TargetMethod.Name == BuilderMethods.WithTag && TryReadTagKey(call, out var earlierKey, out _) && earlierKey != null)
            {
                earlier.Add(earlierKey);
            }
        }

        TagRules.CheckDuplicateKey(key, "tags.key", earlier, new LocatedSink(context.ReportDiagnostic, location));
    }

    private static bool TryReadTagKey(IInvocationOperation call, out string? key, out Location location)
    {
        key = null;
        location = Location.None;
        // A loop, not FirstOrDefault: LINQ boxed the argument array and allocated a closure for every WithTag of every chain.
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "key")
            {
                return ConstantArgument.TryRead(argument, out key, out var isConstant, out location) && isConstant;
            }
        }

        return false;
    }

    private static void CheckCrossField(IInvocationOperation invocation, CallChain chain, AnalysisState state, OperationAnalysisContext context)
    {
        if (chain.Template is null)
        {
            return;
        }

        var template = state.GetTemplate(chain.Template, context.CancellationToken);
        var values = template.Values.Clone();
        foreach (var call in chain.Calls)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            CallChain.Apply(call, values);
        }

        CheckMergedTagCount(template.Values, values, context);

        var violations = new RuleViolationList();
        values.CheckCrossField(violations);
        foreach (var violation in violations)
        {
            var related = BuilderMethods.RelatedMembers(violation.RuleId);
            if (related.Any(values.IsUnknown))
            {
                continue;
            }

            var source = values.Find(violation.Member);
            if (source is { Origin: ValueOrigin.Call })
            {
                if (source.Owner != null)
                {
                    context.ReportDiagnostic(RuleDiagnostics.Create(violation, source.Location));
                }

                continue;
            }

            // The finding is about an inherited value that this chain made wrong: it belongs on the chain's last call that
            // set a related member, unless the template alone already breaks the rule (the template analyzer reports that).
            if (template.BreaksCrossFieldRule(violation.RuleId))
            {
                continue;
            }

            var responsible = related
                .Select(values.Find)
                .Where(value => value is { Origin: ValueOrigin.Call })
                .OrderBy(value => chain.IndexOf((IInvocationOperation)value!.Owner!))
                .LastOrDefault();
            if (responsible?.Owner != null)
            {
                context.ReportDiagnostic(RuleDiagnostics.Create(violation, responsible.Location));
            }
        }
    }

    /// <summary>
    /// G7 over the merged list: assembly and template tags plus the chain's own (a call-site key replaces an inherited
    /// one). Reported on the chain's last WithTag when the template alone is within the limit (else the template analyzer
    /// reports it); left to the run-time check when a call-site key is not a constant, since it might replace one.
    /// </summary>
    private static void CheckMergedTagCount(ValueSet template, ValueSet chain, OperationAnalysisContext context)
    {
        if (template.Tags.Count > TagRules.MaxTags || chain.Tags.Count <= TagRules.MaxTags)
        {
            return;
        }

        SourcedTag? last = null;
        foreach (var tag in chain.Tags)
        {
            if (tag.Key.Origin != ValueOrigin.Call)
            {
                continue;
            }

            if (!tag.Key.IsKnown)
            {
                return;
            }

            last = tag;
        }

        if (last != null)
        {
            TagRules.CheckCount(chain.Tags.Count, "tags", new LocatedSink(context.ReportDiagnostic, last.Key.Location));
        }
    }
}
