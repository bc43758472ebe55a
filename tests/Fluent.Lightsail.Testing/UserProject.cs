using System.Collections.Immutable;
using Fluent.Lightsail.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Testing;

/// <summary>
/// A user's project as the compiler sees it in a build: parsed sources compiled against <see cref="TestReferences"/>,
/// the Fluent.Lightsail generator run by a driver with the project's AdditionalFiles and options, and the analyzer
/// options a build hands to analyzers.
/// </summary>
public static class UserProject
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>
    /// A class library as the SDK compiles it: nullable enabled where the language version has it, and CS1701/CS1702
    /// (assembly unification) suppressed as the SDK's default NoWarn does, since the runtime's net8.0 build
    /// references System.Runtime 8.0.
    /// </summary>
    public static CSharpCompilationOptions CompilationOptions(CSharpParseOptions? parseOptions = null) => new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: (parseOptions ?? ParseOptions).LanguageVersion >= LanguageVersion.CSharp8
            ? NullableContextOptions.Enable
            : NullableContextOptions.Disable,
        specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    public static SyntaxTree Parse(string source, string path, CSharpParseOptions? parseOptions = null) =>
        CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path);

    /// <param name="trees">The user's parsed sources.</param>
    /// <param name="extraReferences">References beyond <see cref="TestReferences.All"/>, such as an AWSSDK.Lightsail stand-in.</param>
    /// <param name="assemblyName">The user's assembly name.</param>
    /// <param name="options">Defaults to <see cref="CompilationOptions"/>.</param>
    public static CSharpCompilation Compile(
        IEnumerable<SyntaxTree> trees,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = "UserProject",
        CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            [.. TestReferences.All, .. extraReferences ?? []],
            options ?? CompilationOptions());

    /// <summary>A generator driver as the compiler creates it for the project.</summary>
    /// <param name="additionalTexts">The project's AdditionalFiles items.</param>
    /// <param name="projectDirectory">The <c>build_property.projectdir</c> option; null passes no options.</param>
    /// <param name="parseOptions">The user's language version; defaults to <see cref="ParseOptions"/>.</param>
    /// <param name="trackSteps">Record the pipeline steps, for tests and benchmarks that count what was regenerated.</param>
    /// <param name="generator">Another generator in place of <see cref="FluentLightsailGenerator"/>.</param>
    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null,
        CSharpParseOptions? parseOptions = null,
        bool trackSteps = false,
        IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new FluentLightsailGenerator()).AsSourceGenerator()],
            additionalTexts,
            parseOptions ?? ParseOptions,
            GlobalOptionsProvider.WithProjectDirectory(projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The options a build hands to analyzers: the same AdditionalFiles and project options as the generator's.</summary>
    public static AnalyzerOptions AnalyzerOptions(ImmutableArray<AdditionalText> additionalTexts, string? projectDirectory = null) =>
        new(additionalTexts, GlobalOptionsProvider.WithProjectDirectory(projectDirectory));
}
