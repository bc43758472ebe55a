using System;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// A sink that only remembers whether an error was reported: enough for the builder's quick pass/fail check, which then
/// runs the full rules only to describe a failure. One per thread, so the success path allocates nothing.
/// </summary>
internal sealed class ErrorFlagSink : IRuleSink
{
    [ThreadStatic]
    private static ErrorFlagSink? t_current;

    public bool HasError { get; private set; }

    /// <summary>This thread's sink, cleared. The rules never call back into a builder, so it is never in use twice.</summary>
    public static ErrorFlagSink Rent()
    {
        var sink = t_current ??= new ErrorFlagSink();
        sink.HasError = false;
        return sink;
    }

    /// <summary>A new sink, for checks that keep their result (a template's, once).</summary>
    public static ErrorFlagSink Create() => new();

    public void Report(RuleViolation violation)
    {
        if (violation.Severity == RuleSeverity.Error)
        {
            HasError = true;
        }
    }

    /// <summary>Whether the errors reported since the last call were none, and clears the flag.</summary>
    public bool TakeClean()
    {
        var clean = !HasError;
        HasError = false;
        return clean;
    }
}
