using System.Collections.Generic;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>A request's tags as the rules read them, in place: a missing <see cref="Tag"/> has no key and no value.</summary>
internal readonly struct RequestTagList : ITagList
{
    private readonly List<Tag>? _tags;

    public RequestTagList(List<Tag>? tags) => _tags = tags;

    public bool IsMissing => _tags is null;

    public int Count => _tags!.Count;

    public string? KeyAt(int index) => _tags![index]?.Key;

    public string? ValueAt(int index) => _tags![index]?.Value;
}
