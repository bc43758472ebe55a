extern alias analyzers;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// The generator and both analyzers run the way a build runs them: generator first, then the analyzers over the user's
/// code plus the generated builders (so call-site analysis meets real generated stages).
/// </summary>
internal static class Toolchain
{
    /// <summary>
    /// An empty compilation whose bound references every test compilation shares: AddSyntaxTrees keeps the reference
    /// manager, so ~170 reference assemblies are resolved once per process instead of once per compilation.
    /// </summary>
    private static readonly CSharpCompilation Empty = UserProject.Compile(
        [],
        assemblyName: "FuzzedProject",
        // Batches already run in parallel; a concurrent build inside each would only oversubscribe two cores.
        options: UserProject.CompilationOptions().WithConcurrentBuild(false));

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => Empty.AddSyntaxTrees(trees);

    public static SyntaxTree Parse(string source, string path) => UserProject.Parse(source, path);

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> additionalTexts, string? projectDirectory) =>
        UserProject.CreateDriver(additionalTexts, projectDirectory);

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        [new analyzers::Fluent.Lightsail.Analyzers.TemplateAnalyzer(), new analyzers::Fluent.Lightsail.Analyzers.BuilderCallAnalyzer()];

    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalTexts,
        string? projectDirectory,
        ConcurrentQueue<Exception>? analyzerExceptions = null) =>
        compilation.WithAnalyzers(
            CreateAnalyzers(),
            new CompilationWithAnalyzersOptions(
                UserProject.AnalyzerOptions(additionalTexts, projectDirectory),
                // Roslyn still reports AD0001 with a callback; the callback keeps the exception's stack for the message.
                onAnalyzerException: analyzerExceptions is null ? null : (exception, _, _) => analyzerExceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

    /// <summary>Generator then analyzers; exceptions propagate (the fuzzer turns them into findings).</summary>
    public static async Task<ToolchainRun> RunAsync(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalTexts,
        string? projectDirectory,
        CancellationToken cancellationToken = default)
    {
        var driver = CreateDriver(additionalTexts, projectDirectory)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);
        var analyzerExceptions = new ConcurrentQueue<Exception>();
        var analyzerDiagnostics = await WithAnalyzers(output, additionalTexts, projectDirectory, analyzerExceptions)
            .GetAnalyzerDiagnosticsAsync(cancellationToken);
        return new ToolchainRun(driver.GetRunResult(), generatorDiagnostics, analyzerDiagnostics, [.. analyzerExceptions]);
    }
}
