using System;
using System.Collections.Generic;
using System.Globalization;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Repairs of values that must stay unique in their list (tag keys, instance names), worked out for the whole list at
/// once so that the answer does not depend on which diagnostic a Fix All meets first: values that need no repair keep
/// theirs, and each repaired value, in list order, takes its repair or, when that is taken, the repair with the first
/// free suffix (<c>-2</c>, <c>-3</c>, …).
/// </summary>
internal static class UniqueValues
{
    private const int MaxSuffix = 99;

    /// <summary>
    /// The repaired value at <paramref name="index"/>, or null when it needs none or has no unique repair.
    /// <paramref name="repair"/> returns null for a value that needs no repair, and <see cref="NoRepair"/> for one that has
    /// none; <paramref name="maxLength"/> bounds a value with its suffix.
    /// </summary>
    public static string? RepairAt(IReadOnlyList<string?> values, int index, Func<string?, string?> repair, int maxLength)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var repairs = new string?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            repairs[i] = repair(values[i]);
            if (repairs[i] is null && values[i] is { } kept)
            {
                taken.Add(kept);
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (repairs[i] is not { } candidate || ReferenceEquals(candidate, NoRepair))
            {
                continue;
            }

            var unique = Free(candidate, taken, maxLength);
            if (i == index)
            {
                return unique;
            }

            if (unique != null)
            {
                taken.Add(unique);
            }
        }

        return null;
    }

    /// <summary><paramref name="candidate"/> if no other value of the list holds it, else with the first free suffix.</summary>
    public static string? Free(string candidate, ISet<string> taken, int maxLength)
    {
        if (!taken.Contains(candidate) && candidate.Length <= maxLength)
        {
            return candidate;
        }

        var (stem, next) = Numbered(candidate);
        for (var n = next; n <= MaxSuffix; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var text = (stem.Length + suffix.Length > maxLength ? stem.Substring(0, maxLength - suffix.Length) : stem) + suffix;
            if (!taken.Contains(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The marker <see cref="RepairAt"/>'s repair function returns for a value that cannot be repaired.</summary>
    public static readonly string NoRepair = new(new[] { '\0' });

    /// <summary>"web-1" counts on from 2 as "web-2"; "web" becomes "web-2".</summary>
    private static (string Stem, int Next) Numbered(string value)
    {
        var dash = value.LastIndexOf('-');
        if (dash > 0 && dash < value.Length - 1 && int.TryParse(value.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < MaxSuffix)
        {
            return (value.Substring(0, dash), Math.Max(2, number + 1));
        }

        // "env-" counts on as "env-2", not "env--2".
        var stem = value.TrimEnd('-');
        return (stem.Length > 0 ? stem : value, 2);
    }
}
