using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// One fluent chain of builder calls, in call order (<c>Web.Named(..).InZone(..).WithBundle(..)</c>), and the template it
/// starts from: found by walking back to <c>Named</c>, through the steps and through a local's single initializer. The
/// steps and the final stage are the runtime's, the same for every template, so a chain that starts from a parameter, a
/// field or a reassigned local has no template here (docs/design/builder-contract.md).
/// </summary>
internal sealed class CallChain
{
    private CallChain(List<IInvocationOperation> calls, INamedTypeSymbol? template)
    {
        Calls = calls;
        Template = template;
    }

    /// <summary>The stage-method calls of the chain (Named excluded), first to last.</summary>
    public List<IInvocationOperation> Calls { get; }

    public INamedTypeSymbol? Template { get; }

    public int IndexOf(IInvocationOperation call) => Calls.IndexOf(call);

    public static CallChain Collect(IInvocationOperation current, KnownSymbols symbols)
    {
        var calls = new List<IInvocationOperation>();
        INamedTypeSymbol? template = null;
        IOperation? receiver = current.Instance;
        while (receiver != null && ConstantArgument.Unwrap(receiver) is IInvocationOperation earlier)
        {
            if (IsStageCall(earlier, symbols))
            {
                calls.Add(earlier);
                receiver = earlier.Instance;
            }
            else
            {
                if (earlier.TargetMethod.Name == BuilderMethods.Named && earlier.TargetMethod.ContainingType is { } type && symbols.IsTemplate(type))
                {
                    template = type;
                }

                break;
            }
        }

        calls.Reverse();
        calls.Add(current);

        for (var later = LaterCall(current, symbols); later != null; later = LaterCall(later, symbols))
        {
            calls.Add(later);
        }

        template ??= TemplateOf(receiver, symbols, depth: 0);
        return new CallChain(calls, template);
    }

    /// <summary>
    /// The template of the chain that produced <paramref name="origin"/>: a stage call or <c>Named</c> found by walking back,
    /// or, for a local, the chain of its initializer when the local is never assigned again.
    /// </summary>
    private static INamedTypeSymbol? TemplateOf(IOperation? origin, KnownSymbols symbols, int depth)
    {
        while (origin != null && depth < 8)
        {
            origin = ConstantArgument.Unwrap(origin);
            if (origin is IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                if (method.Name == BuilderMethods.Named && method.IsStatic && method.ContainingType is { } type && symbols.IsTemplate(type))
                {
                    return type;
                }

                if (!IsStageCall(invocation, symbols))
                {
                    return null;
                }

                origin = invocation.Instance;
            }
            else if (origin is ILocalReferenceOperation local)
            {
                origin = SingleInitializer(local);
                depth++;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The value a local is declared with, or null when it has none or is assigned again (or passed by reference).</summary>
    private static IOperation? SingleInitializer(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent != null)
        {
            root = root.Parent;
        }

        IOperation? initializer = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    initializer = declarator.Initializer?.Value;
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    return null;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed }
                    when SymbolEqualityComparer.Default.Equals(passed.Local, reference.Local):
                    return null;
            }
        }

        return initializer;
    }

    /// <summary>Whether a stage call is made on <paramref name="call"/>'s result, i.e. it is not the chain's outermost call.</summary>
    public static bool HasLaterCall(IInvocationOperation call, KnownSymbols symbols) => LaterCall(call, symbols) != null;

    /// <summary>The stage call made on <paramref name="operation"/>'s result (through conversions), or null.</summary>
    private static IInvocationOperation? LaterCall(IOperation operation, KnownSymbols symbols)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IInvocationOperation later && later.Instance != null
            && ConstantArgument.Unwrap(later.Instance) == operation && IsStageCall(later, symbols)
            ? later
            : null;
    }

    private static bool IsStageCall(IInvocationOperation call, KnownSymbols symbols)
        => !call.TargetMethod.IsStatic && call.TargetMethod.ContainingType is { } type && symbols.IsBuilderStage(type);

    /// <summary>Overlays one call's arguments on the values, as the generated builder would at run time.</summary>
    public static void Apply(IInvocationOperation call, ValueSet values)
    {
        var name = call.TargetMethod.Name;
        switch (name)
        {
            case BuilderMethods.WithoutAutoSnapshot:
                values.AutoSnapshot = null;
                values.Remove(AddOnRules.SnapshotTimeMember);
                return;
            case BuilderMethods.WithoutStopInstanceOnIdle:
                values.StopInstanceOnIdle = null;
                values.Remove(AddOnRules.ThresholdMember);
                values.Remove(AddOnRules.DurationMember);
                return;
            case BuilderMethods.WithTag:
                ApplyTag(call, values);
                return;
        }

        var location = call.Syntax.GetLocation();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name is not { } parameter || BuilderMethods.MemberOf(name, parameter) is not { } member)
            {
                continue;
            }

            ConstantArgument.TryRead(argument, out var value, out var isConstant, out var argumentLocation);
            values.Set(member, new SourcedValue(value, argumentLocation, ValueOrigin.Call, isConstant, call));
            location = argumentLocation;
        }

        if (name == BuilderMethods.WithAutoSnapshot)
        {
            values.AutoSnapshot = new SourcedValue(null, location, ValueOrigin.Call, owner: call);
        }
        else if (name == BuilderMethods.WithStopInstanceOnIdle)
        {
            values.StopInstanceOnIdle = new SourcedValue(null, call.Arguments.FirstOrDefault()?.Value.Syntax.GetLocation() ?? location, ValueOrigin.Call, owner: call);
        }
    }

    private static void ApplyTag(IInvocationOperation call, ValueSet values)
    {
        SourcedValue? key = null, value = null;
        foreach (var argument in call.Arguments)
        {
            if (!ConstantArgument.TryRead(argument, out var text, out var isConstant, out var location))
            {
                continue;
            }

            var sourced = new SourcedValue(text, location, ValueOrigin.Call, isConstant, call);
            if (argument.Parameter?.Name == "key")
            {
                key = sourced;
            }
            else if (argument.Parameter?.Name == "value")
            {
                value = sourced;
            }
        }

        if (key != null)
        {
            values.AddTagOverriding(new SourcedTag(key, value));
        }
    }
}
