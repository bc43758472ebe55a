namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>A source that carries one diagnostic id, marked at its exact span, plus the AdditionalFiles it needs.</summary>
public sealed class DiagnosticSample
{
    public DiagnosticSample(string id, string markup, params (string Path, string Text)[] additionalFiles)
    {
        Id = id;
        Markup = markup;
        AdditionalFiles = additionalFiles;
    }

    public string Id { get; }

    public string Markup { get; }

    public (string Path, string Text)[] AdditionalFiles { get; }

    public override string ToString() => Id;
}
