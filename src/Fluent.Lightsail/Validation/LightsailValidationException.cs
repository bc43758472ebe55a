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
        var errors = violations.Count(violation => violation.Severity == RuleSeverity.Error);
        var text = new StringBuilder();
        text.Append("The CreateInstances request for ").Append(subject).Append(" breaks ").Append(errors)
            .Append(errors == 1 ? " Lightsail rule" : " Lightsail rules").Append(':');
        foreach (var violation in violations)
        {
            text.AppendLine().Append("  ").Append(violation.RuleId).Append(' ').Append(violation.Severity.ToString().ToLowerInvariant())
                .Append(" at ").Append(violation.Member);
            if (violation.Value != null)
            {
                text.Append(" = ").Append(Shorten(violation.Value));
            }

            text.Append(": ").Append(violation.Message);
        }

        return text.ToString();
    }

    // A 16 KB script must not become a 16 KB exception message; the message of the violation says the rest.
    private static string Shorten(string value) => value.Length <= 80 ? "'" + value + "'" : "'" + value.Substring(0, 80) + "…'";
}
