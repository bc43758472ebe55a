namespace Fluent.Lightsail.Rules;

/// <summary>
/// The keys of <see cref="RuleViolation.FixData"/>. They travel unchanged in <c>Diagnostic.Properties</c>, so code fixes
/// (a separate assembly) can act without re-running the rules.
/// </summary>
public static class FixDataKeys
{
    /// <summary>A value that satisfies the rule and can replace the offending one as is.</summary>
    public const string Replacement = "Replacement";

    /// <summary>The other member of a cross-field rule that could be changed instead (JSON spelling, such as <c>bundleId</c>).</summary>
    public const string OtherMember = "OtherMember";

    /// <summary>A value for <see cref="OtherMember"/> that satisfies the rule.</summary>
    public const string OtherReplacement = "OtherReplacement";

    /// <summary><c>"true"</c> when removing the offending value (a duplicate, an add-on) is the fix.</summary>
    public const string Remove = "Remove";

    /// <summary>A modifier to add to a declaration, such as <c>partial</c>.</summary>
    public const string AddModifier = "AddModifier";

    /// <summary>
    /// <c>"NFC"</c> when <see cref="Replacement"/> is the offending value in Unicode composed form (a tag pasted in
    /// decomposed form, as macOS does): the same text to a reader, so a fix can say so in its title.
    /// </summary>
    public const string Normalization = "Normalization";

    /// <summary>The rule's source in the rules reference, such as <c>N2</c>.</summary>
    public const string Source = "Source";
}
