namespace Fluent.Lightsail.Generator.Model;

/// <summary>An AdditionalFiles item: its full path with <c>/</c> separators, and its text.</summary>
internal sealed record AdditionalFileSpec(string Path, string Text);
