using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>Builds a user's compilation and runs the generator on it, the way the compiler does in a build.</summary>
internal static class GeneratorHarness
{
    // Diagnose mode makes malformed or missing XML docs in generated code visible as warnings.
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions, sources);

    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, params string[] sources) =>
        Compile(parseOptions, [], sources);

    /// <param name="parseOptions">The user's language version and documentation mode.</param>
    /// <param name="extraReferences">References beyond <see cref="TestReferences.All"/>, such as the AWSSDK.Lightsail stand-in.</param>
    /// <param name="sources">The user's source files.</param>
    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, IEnumerable<MetadataReference> extraReferences, params string[] sources) =>
        UserProject.Compile(
            sources.Select((source, index) => UserProject.Parse(source, $"/project/Source{index}.cs", parseOptions)),
            extraReferences,
            options: UserProject.CompilationOptions(parseOptions));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null,
        CSharpParseOptions? parseOptions = null) =>
        UserProject.CreateDriver(additionalTexts, projectDirectory, parseOptions ?? ParseOptions, trackSteps: true);

    public static GeneratorOutcome Run(
        IEnumerable<string> sources,
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null,
        CSharpParseOptions? parseOptions = null,
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = Compile(parseOptions ?? ParseOptions, extraReferences ?? [], [.. sources]);
        var driver = CreateDriver(additionalTexts, projectDirectory, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(compilation, output, generatorDiagnostics, driver.GetRunResult());
    }

    public static GeneratorOutcome Run(string source, params AdditionalText[] additionalTexts) =>
        Run([source], additionalTexts);
}
