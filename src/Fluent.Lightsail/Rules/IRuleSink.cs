namespace Fluent.Lightsail.Rules;

/// <summary>Receives violations: the runtime collects them, the analyzers turn them into diagnostics.</summary>
public interface IRuleSink
{
    /// <summary>Reports one violation.</summary>
    void Report(RuleViolation violation);
}
