using System;
using System.Text;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Repairs of tag text that G5 and G6 accept. The mechanical repair is the whole of it, so a key that breaks both rules
/// gets one answer from either diagnostic: NFC normalisation when that alone makes the text valid (a decomposed 'é'),
/// else '-' for each character G5 does not allow; then the 'aws:' prefix dropped.
/// </summary>
internal static class TagRepairs
{
    private const string ReservedPrefix = "aws:";

    /// <summary>The repaired text; null when it needs no repair; <see cref="UniqueValues.NoRepair"/> when nothing valid is left.</summary>
    public static string? Mechanical(string? text) => Repair(text, '-');

    /// <summary>The repair with another substitute for invalid characters ('_'), or none at all (removing them).</summary>
    public static string? Repair(string? text, char? substitute)
    {
        if (text is null || IsValid(text))
        {
            return null;
        }

        var repaired = text;
        if (!AllAllowed(repaired))
        {
            var normalized = repaired.Normalize(NormalizationForm.FormC);
            repaired = AllAllowed(normalized) ? normalized : Replace(repaired, substitute);
        }

        while (repaired.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            repaired = repaired.Substring(ReservedPrefix.Length);
        }

        return repaired.Length == 0 || !IsValid(repaired) ? UniqueValues.NoRepair : repaired;
    }

    /// <summary>Whether NFC normalisation alone makes <paramref name="text"/> pass G5.</summary>
    public static bool NormalizationFixes(string text)
        => !AllAllowed(text) && AllAllowed(text.Normalize(NormalizationForm.FormC));

    private static bool IsValid(string text)
        => AllAllowed(text) && !text.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase);

    private static bool AllAllowed(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!TagRules.IsAllowed(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static string Replace(string text, char? substitute)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (TagRules.IsAllowed(text, i))
            {
                builder.Append(text, i, width);
            }
            else if (substitute != null)
            {
                builder.Append(substitute.Value);
            }

            i += width - 1;
        }

        return builder.ToString();
    }
}
