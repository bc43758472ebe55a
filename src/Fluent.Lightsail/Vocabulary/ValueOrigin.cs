namespace Fluent.Lightsail.Vocabulary;

/// <summary>Where a value was written, in the contract's order of precedence: a later level overrides an earlier one.</summary>
internal enum ValueOrigin
{
    /// <summary>[assembly: TemplateDefaults] or [assembly: Tag].</summary>
    AssemblyDefaults,

    /// <summary>An attribute on the template class.</summary>
    Template,

    /// <summary>An argument of a generated builder method.</summary>
    Call,
}
