namespace Fluent.Lightsail.Analyzers;

/// <summary>One tag of a merged list; the value is null for a key-only tag.</summary>
internal sealed class SourcedTag
{
    public SourcedTag(SourcedValue key, SourcedValue? value)
    {
        Key = key;
        Value = value;
    }

    public SourcedValue Key { get; }

    public SourcedValue? Value { get; }
}
