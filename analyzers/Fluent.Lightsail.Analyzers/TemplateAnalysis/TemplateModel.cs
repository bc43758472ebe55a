using System.Collections.Generic;
using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>A class's DSL attributes, read once with the generator's parser: its own values, the merged ones, and where each was written.</summary>
internal sealed class TemplateModel
{
    private RuleViolationList? _crossFieldViolations;

    public TemplateModel(ValueSet values, TemplateValuesSpec own, RequestValuesSpec merged, ValueSources sources, bool userDataFileFound)
    {
        Values = values;
        Own = own;
        Merged = merged;
        Sources = sources;
        UserDataFileFound = userDataFileFound;
    }

    /// <summary>Assembly defaults overlaid with the class's own attributes, each value placed where it was written.</summary>
    public ValueSet Values { get; }

    /// <summary>The class's own values, as the generator parses them.</summary>
    public TemplateValuesSpec Own { get; }

    /// <summary>The values the generated builder starts with: <see cref="Values"/> without the locations.</summary>
    public RequestValuesSpec Merged { get; }

    /// <summary>The attribute applications the values came from.</summary>
    public ValueSources Sources { get; }

    public AttributeData? InstanceTemplate => Sources.Properties;

    /// <summary>Whether [UserDataFile]'s path names an AdditionalFiles item.</summary>
    public bool UserDataFileFound { get; }

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
