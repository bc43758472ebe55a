using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Fluent.Lightsail.Building;

/// <summary>
/// Lists of a known length, filled by index: on .NET 8 and later through the list's span, as C# collection expressions
/// fill them (so a built request costs what the same request written by hand costs); elsewhere with <c>Add</c>.
/// </summary>
internal static class Lists
{
    public static List<T> WithCount<T>(int count, out Span<T> items)
    {
        var list = new List<T>(count);
#if NET8_0_OR_GREATER
        CollectionsMarshal.SetCount(list, count);
        items = CollectionsMarshal.AsSpan(list);
#else
        items = default;
#endif
        return list;
    }

    /// <summary>Sets item <paramref name="index"/>; items are set in order, from 0.</summary>
    public static void Set<T>(List<T> list, Span<T> items, int index, T item)
    {
#if NET8_0_OR_GREATER
        items[index] = item;
#else
        list.Add(item);
#endif
    }
}
