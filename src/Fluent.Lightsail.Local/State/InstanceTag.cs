namespace Fluent.Lightsail.Local.State;

/// <summary>A tag as stored; a key-only tag has a <see langword="null"/> value and is written without one.</summary>
internal sealed record InstanceTag(string Key, string? Value);
