namespace Fluent.Lightsail.Model;

/// <summary>A key with an optional value, as <c>Amazon.Lightsail.Model.Tag</c>.</summary>
public sealed class Tag
{
    /// <summary>The tag key: 1 to 128 characters.</summary>
    public string? Key { get; set; }

    /// <summary>The tag value: 0 to 256 characters; <see langword="null"/> for a key-only tag.</summary>
    public string? Value { get; set; }
}
