using System.Collections.Immutable;
using System.Text;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Determinism;

/// <summary>Every generated file of one run, as hint name and exact UTF-8 bytes, in hint-name order.</summary>
internal sealed record GeneratedOutput(ImmutableArray<(string HintName, byte[] Bytes)> Files)
{
    public static GeneratedOutput Of(GeneratorDriverRunResult result) =>
        new([.. result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, Bytes(s.SourceText)))
            .OrderBy(f => f.HintName, StringComparer.Ordinal)]);

    public static GeneratedOutput Run(IEnumerable<(string Path, string Source)> sources, ImmutableArray<AdditionalText> additionalTexts, string? projectDirectory)
    {
        var compilation = Toolchain.Compile(sources.Select(s => Toolchain.Parse(s.Source, s.Path)));
        var driver = Toolchain.CreateDriver(additionalTexts, projectDirectory).RunGenerators(compilation);
        return Of(driver.GetRunResult());
    }

    /// <summary>The first difference from <paramref name="other"/>, or null when byte-identical.</summary>
    public string? DifferenceFrom(GeneratedOutput other)
    {
        var names = Files.Select(f => f.HintName).ToList();
        var otherNames = other.Files.Select(f => f.HintName).ToList();
        if (!names.SequenceEqual(otherNames, StringComparer.Ordinal))
        {
            return $"hint names differ: [{string.Join(", ", names.Except(otherNames))}] vs [{string.Join(", ", otherNames.Except(names))}]";
        }

        for (var i = 0; i < Files.Length; i++)
        {
            if (!Files[i].Bytes.AsSpan().SequenceEqual(other.Files[i].Bytes))
            {
                var a = Encoding.UTF8.GetString(Files[i].Bytes);
                var b = Encoding.UTF8.GetString(other.Files[i].Bytes);
                var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], Math.Min(a.Length, b.Length));
                return $"{Files[i].HintName} differs at char {at}: …{Excerpt(a, at)}… vs …{Excerpt(b, at)}…";
            }
        }

        return null;
    }

    // The text's own encoding decides the bytes a build writes; a BOM or encoding change is a difference too.
    private static byte[] Bytes(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var encoding = text.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40)));
}
