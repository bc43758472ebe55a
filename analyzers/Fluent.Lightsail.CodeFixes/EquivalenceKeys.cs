namespace Fluent.Lightsail.CodeFixes;

/// <summary>Equivalence keys: one per rule and kind of fix (never per value), so Fix All applies one kind everywhere.</summary>
internal static class EquivalenceKeys
{
    public const string UseReplacement = "UseReplacement";
    public const string ChangeOtherMember = "ChangeOtherMember";
    public const string RemoveInvalidCharacters = "RemoveInvalidCharacters";
    public const string ReplaceInvalidWithUnderscore = "ReplaceInvalidWithUnderscore";
    public const string UseDualStackBundle = "UseDualStackBundle";
    public const string AddPartial = "AddPartial";
    public const string RemoveStatic = "RemoveStatic";
    public const string MakeClass = "MakeClass";
    public const string SwitchBlueprint = "SwitchBlueprint";
    public const string Remove = "Remove";

    /// <summary>Such as <c>FLS7002.UseReplacement</c>.</summary>
    public static string For(string ruleId, string kind) => ruleId + "." + kind;
}
