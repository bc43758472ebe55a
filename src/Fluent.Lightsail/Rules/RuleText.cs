using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>Small helpers shared by the rules for messages and fix data.</summary>
internal static class RuleText
{
    private const int MaxQuotedLength = 48;

    /// <summary>Quotes a value for a message; long values are shortened so that a 16 KB script does not become the message.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        return value.Length <= MaxQuotedLength
            ? "'" + value + "'"
            : "'" + value.Substring(0, MaxQuotedLength) + "…' (" + value.Length + " characters)";
    }

    public static IReadOnlyDictionary<string, string?> Fix(string source, string? replacement = null)
    {
        var data = new Dictionary<string, string?> { [FixDataKeys.Source] = source };
        if (replacement != null)
        {
            data[FixDataKeys.Replacement] = replacement;
        }

        return data;
    }

    public static IReadOnlyDictionary<string, string?> Fix(string source, string? replacement, string otherMember, string? otherReplacement)
    {
        var data = new Dictionary<string, string?> { [FixDataKeys.Source] = source };
        if (replacement != null)
        {
            data[FixDataKeys.Replacement] = replacement;
        }

        if (otherReplacement != null)
        {
            data[FixDataKeys.OtherMember] = otherMember;
            data[FixDataKeys.OtherReplacement] = otherReplacement;
        }

        return data;
    }

    public static IReadOnlyDictionary<string, string?> Removal(string source)
        => new Dictionary<string, string?> { [FixDataKeys.Source] = source, [FixDataKeys.Remove] = "true" };
}
