using System;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Collects violations into a list made at the first one. One sink is kept per thread and taken off it while in use,
/// so that valid values cost no allocation and a reentrant call (none is expected) gets a sink of its own.
/// </summary>
internal sealed class FirstViolationSink : IRuleSink
{
    [ThreadStatic]
    private static FirstViolationSink? t_cached;

    private RuleViolationList? _violations;

    public static FirstViolationSink Rent()
    {
        var sink = t_cached ?? new FirstViolationSink();
        t_cached = null;
        return sink;
    }

    /// <summary>Gives the sink back to the thread and returns what it collected: <see langword="null"/> for nothing.</summary>
    public static RuleViolationList? Return(FirstViolationSink sink)
    {
        var violations = sink._violations;
        sink._violations = null;
        t_cached = sink;
        return violations;
    }

    public void Report(RuleViolation violation) => (_violations ??= new RuleViolationList()).Add(violation);
}
