namespace Fluent.Lightsail.Analyzers;

/// <summary>Where a value was written, in the contract's order of precedence.</summary>
internal enum ValueLevel
{
    /// <summary>[assembly: TemplateDefaults] or [assembly: Tag].</summary>
    Assembly,

    /// <summary>An attribute on the template class.</summary>
    Template,

    /// <summary>A constant argument of a generated builder method.</summary>
    Call,
}
