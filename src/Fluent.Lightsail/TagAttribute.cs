using System;

namespace Fluent.Lightsail;

/// <summary>
/// A tag for every instance the template creates. Repeatable. On the assembly it is a default tag for every template;
/// a template tag with the same key replaces the assembly tag's value.
/// </summary>
/// <example><code>[Tag("role", "web")] [Tag("backup")]</code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class TagAttribute : Attribute
{
    /// <summary>A key-only tag.</summary>
    /// <param name="key">1 to 128 characters: letters, digits, spaces and <c>+ - = . _ : / @</c>; not starting with <c>aws:</c>.</param>
    public TagAttribute(string key) => Key = key;

    /// <summary>A tag with a value.</summary>
    /// <param name="key">1 to 128 characters: letters, digits, spaces and <c>+ - = . _ : / @</c>; not starting with <c>aws:</c>.</param>
    /// <param name="value">0 to 256 characters of the same set; not starting with <c>aws:</c>.</param>
    public TagAttribute(string key, string? value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The tag key.</summary>
    public string Key { get; }

    /// <summary>The tag value, or <see langword="null"/> for a key-only tag.</summary>
    public string? Value { get; }
}
