using System.Collections.Immutable;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>One state per compilation for both analyzers, and what must not be shared or cached.</summary>
public sealed class AnalysisStateTests
{
    private static readonly AnalyzerOptions Options = new(ImmutableArray<AdditionalText>.Empty);

    private static Compilation Compile(string source = "")
        => UserProject.Compile([UserProject.Parse(Sources.Usings + source, "Templates.cs")]);

    [Fact]
    public void Both_analyzers_of_a_compilation_get_one_state()
    {
        var compilation = Compile();

        var first = AnalysisState.Create(compilation, Options, CancellationToken.None);
        var second = AnalysisState.Create(compilation, Options, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task The_compiler_gives_both_analyzers_the_options_that_let_them_share()
    {
        // The host passes one AnalyzerOptions to every analyzer of a run; were it to wrap them per analyzer, each would
        // get a state of its own and read every template again. The analyzers see a compilation of the driver's own
        // (not CompilationWithAnalyzers.Compilation): a third analyzer records it.
        var source = Sources.LinuxWebCalls("""Web.Named("web-1").InZone("us-east-2b");""");
        var recorder = new CompilationRecorder();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer(), recorder);
        var withAnalyzers = Compile(source.Substring(Sources.Usings.Length)).WithAnalyzers(
            analyzers, new CompilationWithAnalyzersOptions(Options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));

        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());

        var state = AnalysisState.Create(recorder.Compilation!, Options, CancellationToken.None);
        Assert.Equal(1, state!.TemplatesRead);
    }

    [Fact]
    public void Another_compilation_or_other_options_get_a_state_of_their_own()
    {
        var compilation = Compile();
        var shared = AnalysisState.Create(compilation, Options, CancellationToken.None);

        var otherOptions = AnalysisState.Create(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None);
        var otherCompilation = AnalysisState.Create(Compile(), Options, CancellationToken.None);

        Assert.NotSame(shared, otherOptions);
        Assert.NotSame(shared, otherCompilation);
        Assert.Same(shared, AnalysisState.Create(compilation, Options, CancellationToken.None));
    }

    [Fact]
    public void A_compilation_without_the_runtime_gets_no_state()
    {
        var compilation = CSharpCompilation.Create("Plain", new[] { CSharpSyntaxTree.ParseText("class C { }") });

        Assert.Null(AnalysisState.Create(compilation, Options, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_read_of_the_assembly_defaults_is_not_kept_for_the_other_analyzer()
    {
        var state = AnalysisState.Create(Compile("""[assembly: TemplateDefaults(KeyPair = "deploy")]"""), Options, CancellationToken.None)!;

        Assert.ThrowsAny<OperationCanceledException>(() => state.GetDefaults(new CancellationToken(canceled: true)));
        var defaults = state.GetDefaults(CancellationToken.None);

        Assert.NotNull(defaults.Sources.Properties);
        Assert.Equal("deploy", defaults.Spec.Property(Fluent.Lightsail.Vocabulary.RequestMembers.KeyPair));
        Assert.Same(defaults, state.GetDefaults(CancellationToken.None));
    }

    // Test-only: never loaded by a compiler, so the rules for shipping analyzers (target, references, registration) do not apply.
#pragma warning disable RS1012, RS1036, RS1038, RS1041
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CompilationRecorder : DiagnosticAnalyzer
    {
        public Compilation? Compilation { get; private set; }

        // An analyzer with no descriptor counts as disabled and is never started.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            new DiagnosticDescriptor("TEST0001", "Recorder", "Recorder", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Compilation = start.Compilation);
        }
    }
#pragma warning restore RS1012, RS1036, RS1038, RS1041
}
