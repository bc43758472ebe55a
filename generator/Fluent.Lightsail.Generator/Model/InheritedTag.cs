namespace Fluent.Lightsail.Generator.Model;

/// <summary>A tag of the merged template, with the level it came from.</summary>
internal sealed record InheritedTag(string? Key, string? Value, ValueOrigin Origin);
