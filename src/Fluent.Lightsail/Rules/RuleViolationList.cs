using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>A sink that keeps every violation in report order.</summary>
public sealed class RuleViolationList : List<RuleViolation>, IRuleSink
{
    /// <inheritdoc />
    public void Report(RuleViolation violation) => Add(violation);

    /// <summary>Whether any violation has <see cref="RuleSeverity.Error"/>.</summary>
    public bool HasErrors => Exists(violation => violation.Severity == RuleSeverity.Error);
}
