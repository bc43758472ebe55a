using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>
/// The real generator's output for a source, as plain sources a code-fix test can add. (The fix runs on the workspace's
/// documents; adding the generated builders as documents makes them visible there exactly as the compiler sees them.)
/// </summary>
internal static class GeneratedBuilder
{
    public static IReadOnlyList<(string Path, string Text)> For(string markup)
    {
        var compilation = UserProject.Compile([UserProject.Parse(Sources.StripMarkup(markup), path: "")], assemblyName: "Tests");
        var driver = UserProject.CreateDriver();
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.NotEmpty(result.GeneratedTrees);
        return result.Results
            .SelectMany(generator => generator.GeneratedSources)
            .Select(source => ("Generated/" + source.HintName, source.SourceText.ToString()))
            .ToList();
    }
}
