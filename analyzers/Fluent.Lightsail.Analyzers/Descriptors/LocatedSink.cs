using System;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>A sink that reports every violation at one location.</summary>
internal sealed class LocatedSink : IRuleSink
{
    private readonly Action<Diagnostic> _report;
    private readonly Location _location;

    public LocatedSink(Action<Diagnostic> report, Location location)
    {
        _report = report;
        _location = location;
    }

    public void Report(RuleViolation violation) => _report(RuleDiagnostics.Create(violation, _location));
}
