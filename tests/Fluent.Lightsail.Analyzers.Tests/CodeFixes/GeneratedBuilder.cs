using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// The real generator's output for a source, as plain sources a code-fix test can add. (The fix runs on the workspace's
/// documents; adding the generated builders as documents makes them visible there exactly as the compiler sees them.)
/// </summary>
internal static class GeneratedBuilder
{
    public static IReadOnlyList<(string Path, string Text)> For(string markup)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(Sources.StripMarkup(markup), parseOptions);
        var compilation = CSharpCompilation.Create(
            "Tests",
            new[] { tree },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new Fluent.Lightsail.Generator.FluentLightsailGenerator().AsSourceGenerator() },
            parseOptions: parseOptions);
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.NotEmpty(result.GeneratedTrees);
        return result.Results
            .SelectMany(generator => generator.GeneratedSources)
            .Select(source => ("Generated/" + source.HintName, source.SourceText.ToString()))
            .ToList();
    }
}
