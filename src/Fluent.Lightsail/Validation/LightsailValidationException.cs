using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail;

/// <summary>
/// Thrown by a builder's <c>Build()</c> (and so before any network call) when the request breaks a Lightsail rule of
/// error severity. It lists every violation, warnings included, with its rule id, member, value and fix.
/// </summary>
public sealed class LightsailValidationException : ArgumentException
{
    /// <summary>Creates the exception for a set of violations, at least one of them an error.</summary>
    public LightsailValidationException(string subject, IReadOnlyList<RuleViolation> violations)
        : base(Describe(subject, violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in the order the rules reported them.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>The violations of error severity, the ones that made the request invalid.</summary>
    public IEnumerable<RuleViolation> Errors => Violations.Where(violation => violation.Severity == RuleSeverity.Error);

    private static string Describe(string subject, IReadOnlyList<RuleViolation> violations)
    {
        var text = new StringBuilder();
        text.Append("The CreateInstances request for ").Append(subject).Append(" breaks Lightsail rules: ").Append(Tally(violations)).Append(':');
        foreach (var violation in violations)
        {
            // One line per violation: the rules' messages and the values shown here never hold a line break.
            text.AppendLine().Append("  ").Append(violation.RuleId).Append(' ').Append(violation.Severity.ToString().ToLowerInvariant())
                .Append(" at ").Append(violation.Member);
            if (violation.Value != null)
            {
                text.Append(" = ").Append(Show(violation));
            }

            text.Append(": ").Append(violation.Message);
        }

        return text.ToString();
    }

    /// <summary>What the list holds, by severity: "1 error and 2 warnings".</summary>
    private static string Tally(IReadOnlyList<RuleViolation> violations)
    {
        var parts = new List<string>(3);
        AddCount(parts, violations, RuleSeverity.Error, "error", "errors");
        AddCount(parts, violations, RuleSeverity.Warning, "warning", "warnings");
        AddCount(parts, violations, RuleSeverity.Info, "suggestion", "suggestions");
        return parts.Count switch
        {
            0 => "none",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };
    }

    private static void AddCount(List<string> parts, IReadOnlyList<RuleViolation> violations, RuleSeverity severity, string singular, string plural)
    {
        var count = violations.Count(violation => violation.Severity == severity);
        if (count > 0)
        {
            parts.Add(RuleText.Count(count, singular, plural));
        }
    }

    // A launch script is described, never quoted (scripts carry secrets, and exception messages end up in logs); other
    // values are quoted on one line and shortened.
    private static string Show(RuleViolation violation)
        => violation.Member == InstanceRules.UserDataMember
            ? "(" + RuleText.UserDataSummary(violation.Value!, Encoding.UTF8.GetByteCount(violation.Value!)) + ")"
            : RuleText.Quote(violation.Value);
}
