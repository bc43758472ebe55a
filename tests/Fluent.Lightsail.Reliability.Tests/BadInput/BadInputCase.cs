using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>One generated input: what was broken, the values, the rule that must name it, and that rule's severity.</summary>
internal sealed record BadInputCase(string Kind, RequestValues Values, string RuleId, RuleSeverity Severity)
{
    public override string ToString() => $"{Kind} → {RuleId} ({Severity}): {Values}";
}
