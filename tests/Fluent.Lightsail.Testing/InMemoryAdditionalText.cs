using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Fluent.Lightsail.Testing;

/// <summary>
/// An AdditionalFiles item held in memory, as MSBuild would pass it to the compiler. <paramref name="text"/> null
/// models a file the host could not read, which <see cref="AdditionalText.GetText"/> reports as null.
/// </summary>
public sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
