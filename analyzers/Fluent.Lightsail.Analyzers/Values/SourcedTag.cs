using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Analyzers;

/// <summary>One tag of a merged list; the value is null for a key-only tag.</summary>
internal sealed class SourcedTag : IMergedTag
{
    public SourcedTag(SourcedValue key, SourcedValue? value)
    {
        Key = key;
        Value = value;
    }

    public SourcedValue Key { get; }

    public SourcedValue? Value { get; }

    string? IMergedTag.Key => Key.Value;

    ValueOrigin IMergedTag.Origin => Key.Origin;

    bool IMergedTag.IsKeyKnown => Key.IsKnown;
}
