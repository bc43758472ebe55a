using System.Collections.Generic;
using System.Threading;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Analyzers;

/// <summary>A class's DSL attributes, read once: the raw applications and the merged values of the request.</summary>
internal sealed class TemplateModel
{
    private RuleViolationList? _crossFieldViolations;

    public TemplateModel(ValueSet values)
    {
        Values = values;
    }

    /// <summary>Assembly defaults overlaid with the class's own attributes.</summary>
    public ValueSet Values { get; }

    public AttributeArguments? InstanceTemplate { get; set; }

    public List<AttributeArguments> Tags { get; } = new();

    public AttributeArguments? UserData { get; set; }

    public AttributeArguments? UserDataFile { get; set; }

    /// <summary>Whether [UserDataFile]'s path names an AdditionalFiles item.</summary>
    public bool UserDataFileFound { get; set; }

    public AttributeArguments? AutoSnapshot { get; set; }

    public AttributeArguments? StopInstanceOnIdle { get; set; }

    /// <summary>
    /// The cross-field rules' findings on the template's own merged values, in report order. Every chain built from the
    /// template compares its findings with these, so they are computed once per template per compilation rather than
    /// once per chain. Thread-safe: concurrent first callers may each compute the (identical, pure) list, one is kept.
    /// Read-only for callers.
    /// </summary>
    public IReadOnlyList<RuleViolation> CrossFieldViolations
        => LazyInitializer.EnsureInitialized(ref _crossFieldViolations, ComputeCrossFieldViolations)!;

    private RuleViolationList ComputeCrossFieldViolations()
    {
        var violations = new RuleViolationList();
        Values.CheckCrossField(violations);
        return violations;
    }

    /// <summary>Whether the template alone already breaks the cross-field rule <paramref name="ruleId"/>.</summary>
    public bool BreaksCrossFieldRule(string ruleId)
    {
        foreach (var violation in CrossFieldViolations)
        {
            if (violation.RuleId == ruleId)
            {
                return true;
            }
        }

        return false;
    }
}
