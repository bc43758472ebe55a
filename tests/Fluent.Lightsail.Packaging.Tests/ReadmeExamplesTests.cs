using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>Every C# block of the README compiles, with the generator and analyzers on, with no error or warning.</summary>
public sealed partial class ReadmeExamplesTests
{
    // What `<ImplicitUsings>enable</ImplicitUsings>` gives a console project, which is what the README assumes.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int, string> CSharpBlocks()
    {
        var data = new TheoryData<int, string>();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var index = 0;
        foreach (Match block in CSharpBlock().Matches(readme))
        {
            data.Add(++index, Dedent(block.Groups["code"].Value));
        }

        return data;
    }

    [Fact]
    public void The_readme_has_csharp_examples()
    {
        Assert.True(CSharpBlocks().Count >= 3, "The README should show at least three C# examples.");
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Every_csharp_block_compiles_cleanly(int blockNumber, string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: $"README-block-{blockNumber}.cs");
        var hasTopLevelStatements = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{blockNumber}",
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(InstanceTemplateAttribute).Assembly.Location), MetadataReference.CreateFromFile(typeof(Amazon.Runtime.ConstantClass).Assembly.Location)],
            new CSharpCompilationOptions(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK suppresses these assembly-unification notes in every build; so does this one.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        var driver = CSharpGeneratorDriver.Create(new Fluent.Lightsail.Generator.FluentLightsailGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        var diagnostics = generatorDiagnostics.AddRange(generated.GetDiagnostics()).AddRange(AnalyzerDiagnostics(generated));
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, $"README block {blockNumber} has problems:\n{string.Join('\n', problems)}\n---\n{code}");
    }

    private static ImmutableArray<Diagnostic> AnalyzerDiagnostics(Compilation compilation)
    {
        var analyzers = Assembly.Load("Fluent.Lightsail.Analyzers").GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty
            ? ImmutableArray<Diagnostic>.Empty
            : compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static string Dedent(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"^[ \t]*```csharp[ \t]*\n(?<code>.*?)^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
