using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// An ordinal set of the few dozen IDs of a catalogue list (blueprints, bundles, regions), asked on every validated
/// request. It hashes three characters and the length instead of every character, and compares with the one or two
/// IDs in that bucket: a look-up costs a few nanoseconds and, unlike a <see cref="HashSet{T}"/> of the region list,
/// can ask about a prefix (the region of a zone) without cutting it out as a new string.
/// </summary>
internal sealed class CatalogIdSet
{
    private readonly string[]?[] _buckets;
    private readonly int _mask;

    public CatalogIdSet(IEnumerable<string> ids)
    {
        var distinct = new List<string>();
        foreach (var id in ids)
        {
            if (!distinct.Contains(id))
            {
                distinct.Add(id);
            }
        }

        // Four buckets per ID keeps most buckets to one ID for catalogue-like names.
        var size = 1;
        while (size < distinct.Count * 4)
        {
            size <<= 1;
        }

        _mask = size - 1;
        var buckets = new List<string>?[size];
        foreach (var id in distinct)
        {
            (buckets[Hash(id, id.Length) & _mask] ??= new List<string>()).Add(id);
        }

        _buckets = new string[]?[size];
        for (var i = 0; i < size; i++)
        {
            _buckets[i] = buckets[i]?.ToArray();
        }
    }

    /// <summary>Whether <paramref name="value"/> is in the set (ordinal).</summary>
    public bool Contains(string value) => ContainsPrefix(value, value.Length);

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="value"/> are an ID of the set.</summary>
    public bool ContainsPrefix(string value, int length)
    {
        var bucket = _buckets[Hash(value, length) & _mask];
        if (bucket is null)
        {
            return false;
        }

        foreach (var id in bucket)
        {
            if (id.Length == length && string.CompareOrdinal(id, 0, value, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Hash(string value, int length)
        => length == 0 ? 0 : (length * 397) ^ (value[0] * 31) ^ (value[length >> 1] * 7) ^ value[length - 1];
}
