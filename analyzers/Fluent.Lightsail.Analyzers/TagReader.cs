namespace Fluent.Lightsail.Analyzers;

/// <summary>Reads a [Tag(key[, value])] application into a sourced tag.</summary>
internal static class TagReader
{
    public static SourcedTag? Read(AttributeArguments tag, ValueLevel level)
    {
        if (!tag.TryGet("key", out var key))
        {
            return null;
        }

        SourcedValue? value = tag.TryGet("value", out var valueArgument)
            ? new SourcedValue(valueArgument.Value, valueArgument.Location, level)
            : null;
        return new SourcedTag(new SourcedValue(key.Value, key.Location, level), value);
    }
}
