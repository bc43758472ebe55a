namespace Fluent.Lightsail.Rules;

/// <summary>How sure a rule is that Lightsail rejects a value (rules reference: E, W, I).</summary>
public enum RuleSeverity
{
    /// <summary>The service rejects the value, or the request makes no sense. Build() throws.</summary>
    Error,

    /// <summary>Likely to fail or to behave unexpectedly; depends on data only the service has.</summary>
    Warning,

    /// <summary>Worth knowing; never blocks a request.</summary>
    Info,
}
