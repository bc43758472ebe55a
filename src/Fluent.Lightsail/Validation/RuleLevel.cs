namespace Fluent.Lightsail;

/// <summary>
/// How <c>Build()</c>, <c>CreateAsync</c> and <see cref="CreateInstancesRequestValidator"/> treat one rule at run time
/// (<see cref="ValidationOptions.WithRuleLevel"/>); the run-time counterpart of <c>dotnet_diagnostic.FLSnnnn.severity</c>
/// in <c>.editorconfig</c>.
/// </summary>
public enum RuleLevel
{
    /// <summary>A violation makes the request invalid: <c>Build()</c> throws and nothing is sent.</summary>
    Error,

    /// <summary>A violation is reported (on the result, in the log) and the request is sent.</summary>
    Warning,

    /// <summary>A violation is reported as a note and the request is sent.</summary>
    Info,

    /// <summary>The rule is off: it is neither reported nor enforced, and Lightsail alone decides.</summary>
    None,
}
