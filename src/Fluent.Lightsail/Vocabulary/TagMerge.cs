using System;
using System.Collections.Generic;

namespace Fluent.Lightsail.Vocabulary;

/// <summary>A tag of a merged list, as each host holds it: its key, the level that wrote it, and whether the key is known.</summary>
internal interface IMergedTag
{
    string? Key { get; }

    ValueOrigin Origin { get; }

    /// <summary>False for a call-site key only known at run time: it can override nothing the analyzers can see.</summary>
    bool IsKeyKnown { get; }
}

/// <summary>
/// The contract's tag merge, written once for the generator, the analyzers and the runtime: a tag of a higher level
/// replaces every tag of a lower level with the same key (ordinal; a null key matches a null key), and duplicates within
/// one level stay, so that the duplicate-key rule can report them.
/// </summary>
internal static class TagMerge
{
    /// <summary>Appends <paramref name="tag"/> to <paramref name="merged"/>, first dropping the lower-level tags it overrides.</summary>
    public static void Add<T>(List<T> merged, T tag)
        where T : IMergedTag
    {
        if (tag.IsKeyKnown)
        {
            // In place: almost every tag replaces nothing.
            var kept = 0;
            for (var i = 0; i < merged.Count; i++)
            {
                var existing = merged[i];
                if (!Overrides(tag, existing))
                {
                    merged[kept++] = existing;
                }
            }

            if (kept < merged.Count)
            {
                merged.RemoveRange(kept, merged.Count - kept);
            }
        }

        merged.Add(tag);
    }

    /// <summary>Whether <paramref name="higher"/> replaces <paramref name="lower"/>.</summary>
    public static bool Overrides<T>(T higher, T lower)
        where T : IMergedTag
        => higher.IsKeyKnown && lower.IsKeyKnown && lower.Origin < higher.Origin && SameKey(lower.Key, higher.Key);

    /// <summary>Whether two tag keys are one key: ordinal, and a null key matches a null key.</summary>
    public static bool SameKey(string? first, string? second) => string.Equals(first, second, StringComparison.Ordinal);
}
