using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>One broken rule: which rule, where, the value as given, a message that names the fix, and fix data.</summary>
public sealed class RuleViolation
{
    private static readonly IReadOnlyDictionary<string, string?> NoFixData = new Dictionary<string, string?>();

    /// <summary>Creates a violation.</summary>
    public RuleViolation(string ruleId, RuleSeverity severity, string member, string? value, string message, IReadOnlyDictionary<string, string?>? fixData = null)
    {
        RuleId = ruleId;
        Severity = severity;
        Member = member;
        Value = value;
        Message = message;
        FixData = fixData ?? NoFixData;
    }

    /// <summary>The diagnostic id, such as <c>FLS1001</c>.</summary>
    public string RuleId { get; }

    /// <summary>The default severity of the rule.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The request member, in the request's JSON spelling, such as <c>instanceNames[1]</c> or <c>tags[0].key</c>.</summary>
    public string Member { get; }

    /// <summary>The offending value, or <see langword="null"/> when it was missing.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, which rule says so, and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Machine-readable fix data (keys in <see cref="FixDataKeys"/>); code fixes read it from Diagnostic.Properties.</summary>
    public IReadOnlyDictionary<string, string?> FixData { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + " " + Severity + " " + Member + ": " + Message;
}
