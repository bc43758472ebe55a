using System;
using System.Collections.Generic;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Building;

/// <summary>
/// The tags a call chain adds, in call order, as an immutable value: adding returns a new set and leaves this one as it
/// was, so a builder stage can be reused and branched. The first two live inline (no allocation for the common chain);
/// more go to an array copied on each add, which is fine for Lightsail's limit of 50 tags.
/// </summary>
internal readonly struct CallSiteTags
{
    private const int InlineCount = 2;

    private readonly string? _key0;
    private readonly string? _value0;
    private readonly string? _key1;
    private readonly string? _value1;
    private readonly KeyValuePair<string?, string?>[]? _more;

    private CallSiteTags(int count, string? key0, string? value0, string? key1, string? value1, KeyValuePair<string?, string?>[]? more)
    {
        Count = count;
        _key0 = key0;
        _value0 = value0;
        _key1 = key1;
        _value1 = value1;
        _more = more;
    }

    public int Count { get; }

    public KeyValuePair<string?, string?> this[int index] => index switch
    {
        0 => new KeyValuePair<string?, string?>(_key0, _value0),
        1 => new KeyValuePair<string?, string?>(_key1, _value1),
        _ => _more![index - InlineCount],
    };

    public CallSiteTags Add(string? key, string? value)
    {
        switch (Count)
        {
            case 0:
                return new CallSiteTags(1, key, value, null, null, null);
            case 1:
                return new CallSiteTags(2, _key0, _value0, key, value, null);
            default:
                var moreCount = Count - InlineCount;
                var more = new KeyValuePair<string?, string?>[moreCount + 1];
                if (moreCount > 0)
                {
                    Array.Copy(_more!, more, moreCount);
                }

                more[moreCount] = new KeyValuePair<string?, string?>(key, value);
                return new CallSiteTags(Count + 1, _key0, _value0, _key1, _value1, more);
        }
    }

    /// <summary>Whether a call-site tag replaces the inherited tag with key <paramref name="inheritedKey"/>, by the contract's one merge.</summary>
    public bool ReplacesInherited(string? inheritedKey)
    {
        var inherited = new LevelTag(inheritedKey, ValueOrigin.Template);
        for (var i = 0; i < Count; i++)
        {
            if (TagMerge.Overrides(new LevelTag(this[i].Key, ValueOrigin.Call), inherited))
            {
                return true;
            }
        }

        return false;
    }
}
