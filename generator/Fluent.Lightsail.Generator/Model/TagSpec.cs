namespace Fluent.Lightsail.Generator.Model;

/// <summary>A <c>[Tag]</c> as written; a <see langword="null"/> key is kept so that the rules can report it.</summary>
internal sealed record TagSpec(string? Key, string? Value);
