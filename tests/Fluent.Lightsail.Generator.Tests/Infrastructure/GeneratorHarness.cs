using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>Builds a user's compilation and runs the generator on it, the way the compiler does in a build.</summary>
internal static class GeneratorHarness
{
    // Diagnose mode makes malformed or missing XML docs in generated code visible as warnings.
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "UserProject",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/project/Source{index}.cs")),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null) =>
        CSharpGeneratorDriver.Create(
            [new FluentLightsailGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            projectDirectory is null ? null : GlobalOptionsProvider.WithProjectDirectory(projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutcome Run(
        IEnumerable<string> sources,
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null)
    {
        var compilation = Compile([.. sources]);
        var driver = CreateDriver(additionalTexts, projectDirectory)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(compilation, output, generatorDiagnostics, driver.GetRunResult());
    }

    public static GeneratorOutcome Run(string source, params AdditionalText[] additionalTexts) =>
        Run([source], additionalTexts);
}
