using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The README followed literally: its C# blocks, in order, pasted into the files they name (<see cref="ReadmeBlocks"/>).
/// Every state of the app the README passes through compiles with no error or warning, generator and analyzers on
/// (<see cref="ReadmePackageTests"/> builds the final state from the packed packages).
/// </summary>
public sealed class ReadmeWalkthroughTests
{
    // What `<ImplicitUsings>enable</ImplicitUsings>` gives a console project, which is what `dotnet new console` makes.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void The_readme_walks_through_an_app_and_its_test_project()
    {
        Assert.True(ReadmeBlocks.All.Count(b => b.Project == ReadmeBlocks.App) >= 5, "The README should build the app in several steps.");
        Assert.Contains(ReadmeBlocks.All, b => b.Project == ReadmeBlocks.Tests);
        Assert.All(ReadmeBlocks.All, b => Assert.Contains(b.Project, new[] { ReadmeBlocks.App, ReadmeBlocks.Tests }));
    }

    [Fact]
    public void A_block_that_replaces_a_file_says_so()
    {
        foreach (var (block, replaces) in Walk())
        {
            if (replaces)
            {
                Assert.True(block.PrecedingProse.Contains("replace", StringComparison.OrdinalIgnoreCase),
                    $"README block {block.Number} replaces {block.Project}/{block.FilePath}, but the text before it does not say so:\n{block.PrecedingProse}");
            }
        }
    }

    [Fact]
    public void Every_state_of_the_app_compiles_cleanly()
    {
        var files = new Dictionary<string, string>(ReadmeBlocks.TemplateFiles(ReadmeBlocks.App));
        var states = new List<(string After, Dictionary<string, string> Files)>();
        foreach (var (block, replaces) in Walk().Where(step => step.Block.Project == ReadmeBlocks.App))
        {
            // The state just before a file is replaced is one the user built and ran; so is the last one.
            if (replaces)
            {
                states.Add(($"before block {block.Number}", new Dictionary<string, string>(files)));
            }

            files[block.FilePath] = block.Code;
        }

        states.Add(("at the end", files));
        var problems = states.SelectMany(state => Problems(state.Files).Select(problem => $"{state.After}: {problem}")).ToList();

        Assert.True(problems.Count == 0, "The README's app does not compile cleanly:\n" + string.Join('\n', problems));
    }

    /// <summary>Each block with whether its file already existed (so pasting it replaces the file).</summary>
    private static IEnumerable<(ReadmeBlock Block, bool Replaces)> Walk()
    {
        var existing = new HashSet<string>(
            new[] { ReadmeBlocks.App, ReadmeBlocks.Tests }.SelectMany(p => ReadmeBlocks.TemplateFiles(p).Keys.Select(f => p + "/" + f)),
            StringComparer.Ordinal);
        foreach (var block in ReadmeBlocks.All)
        {
            yield return (block, !existing.Add(block.Project + "/" + block.FilePath));
        }
    }

    internal static Dictionary<string, string> FinalFiles(string project)
    {
        var files = new Dictionary<string, string>(ReadmeBlocks.TemplateFiles(project));
        foreach (var block in ReadmeBlocks.All.Where(b => b.Project == project))
        {
            files[block.FilePath] = block.Code;
        }

        return files;
    }

    private static IEnumerable<string> Problems(IReadOnlyDictionary<string, string> files)
    {
        var trees = files.Select(file => UserProject.Parse(file.Value, file.Key))
            .Append(UserProject.Parse(ImplicitUsings, "ImplicitUsings.g.cs"));
        var compilation = UserProject.Compile(
            trees,
            [MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)],
            assemblyName: "Fleet",
            UserProject.CompilationOptions().WithOutputKind(OutputKind.ConsoleApplication));

        UserProject.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        return generatorDiagnostics.AddRange(generated.GetDiagnostics()).AddRange(AnalyzerDiagnostics(generated))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString());
    }

    private static ImmutableArray<Diagnostic> AnalyzerDiagnostics(Compilation compilation)
    {
        var analyzers = Assembly.Load("Fluent.Lightsail.Analyzers").GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Assert.False(analyzers.IsEmpty, "No analyzers found in Fluent.Lightsail.Analyzers.");
        return compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
