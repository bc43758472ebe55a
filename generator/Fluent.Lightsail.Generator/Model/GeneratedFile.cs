namespace Fluent.Lightsail.Generator.Model;

/// <summary>The source text of one template's builder and the hint name it is added under.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
