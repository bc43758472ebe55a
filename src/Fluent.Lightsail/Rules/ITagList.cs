using System.Collections.Generic;

namespace Fluent.Lightsail.Rules;

/// <summary>
/// Read access to a list of tags in whatever shape its owner keeps it (pairs here, the request's Tag objects in the
/// runtime), so that the rules read it in place instead of a copy. Implemented by structs and used as a generic
/// constraint, so that the calls are direct and nothing is boxed.
/// </summary>
internal interface ITagList
{
    /// <summary>Whether there is no list at all (as opposed to an empty one).</summary>
    bool IsMissing { get; }

    int Count { get; }

    string? KeyAt(int index);

    string? ValueAt(int index);
}

/// <summary>The rules' own shape of a tag list: key/value pairs.</summary>
internal readonly struct TagPairList : ITagList
{
    private readonly IReadOnlyList<KeyValuePair<string?, string?>>? _tags;

    public TagPairList(IReadOnlyList<KeyValuePair<string?, string?>>? tags) => _tags = tags;

    public bool IsMissing => _tags is null;

    public int Count => _tags!.Count;

    public string? KeyAt(int index) => _tags![index].Key;

    public string? ValueAt(int index) => _tags![index].Value;
}
