namespace Fluent.Lightsail.Generator.Model;

/// <summary>The template's launch script, and the <c>[UserDataFile]</c> path it was read from (null when inline).</summary>
internal sealed record UserDataSpec(string Script, string? SourceFile);
