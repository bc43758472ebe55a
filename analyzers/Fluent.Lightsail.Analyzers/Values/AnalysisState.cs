using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// What the analyzers need per compilation: the DSL's symbols, the assembly defaults and the templates' models, each
/// computed once. Both analyzers of a compilation share one state (see <see cref="Create"/>).
/// </summary>
internal sealed class AnalysisState
{
    // One state per compilation for both analyzers: each used to read every template it met on its own, and in a trace
    // of the 1,000-template compilation that second read was ~60 % of the call-site analyzer's time. Weak keys: the
    // state lives as long as its compilation and no longer.
    private static readonly ConditionalWeakTable<Compilation, AnalysisState> Shared = new();

    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private AssemblyDefaults? _defaults;

    // Every call of a chain reads the same template; read it once per compilation.
    private readonly ConcurrentDictionary<INamedTypeSymbol, TemplateModel> _templates = new(SymbolEqualityComparer.Default);

    private AnalysisState(KnownSymbols symbols, Compilation compilation, AnalyzerOptions options)
    {
        Symbols = symbols;
        _compilation = compilation;
        _options = options;
        AdditionalFiles = options.AdditionalFiles;
        ProjectDirectory = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out var directory)
            ? directory
            : null;
    }

    public KnownSymbols Symbols { get; }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public string? ProjectDirectory { get; }

    /// <summary>
    /// [assembly: TemplateDefaults] and [assembly: Tag], read on first use with the caller's token. A cancelled read
    /// publishes nothing (a Lazy would keep the cancellation and throw it at the other analyzer, which shares this state
    /// and may run under another token); two racing reads give equal results and one is kept.
    /// </summary>
    public AssemblyDefaults GetDefaults(CancellationToken cancellationToken)
    {
        var defaults = Volatile.Read(ref _defaults);
        if (defaults != null)
        {
            return defaults;
        }

        defaults = AssemblyDefaults.Read(_compilation, cancellationToken);
        return Interlocked.CompareExchange(ref _defaults, defaults, null) ?? defaults;
    }

    /// <summary>How many templates have been read into this state (for tests of the sharing).</summary>
    internal int TemplatesRead => _templates.Count;

    /// <summary>The template's model, read once per compilation (a cancelled read is not cached).</summary>
    public TemplateModel GetTemplate(INamedTypeSymbol type, CancellationToken cancellationToken)
        // Look first: GetOrAdd's factory is a closure over the token, allocated on every call, and most calls find the model.
        => _templates.TryGetValue(type, out var model) ? model : _templates.GetOrAdd(type, t => TemplateReader.Read(t, this, cancellationToken));

    /// <summary>
    /// The compilation's state, shared by the analyzers that see it with the same options; null when the compilation
    /// does not reference the runtime. Analyzers given other options (a host could) get a state of their own, since the
    /// options decide which user-data files a template finds.
    /// </summary>
    public static AnalysisState? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Shared.TryGetValue(compilation, out var shared))
        {
            return shared._options == options ? shared : Resolve(compilation, options);
        }

        var state = Resolve(compilation, options);
        if (state is null)
        {
            return null;
        }

        // GetValue keeps the first state added when both analyzers start at once; the loser's state is dropped unused.
        var kept = Shared.GetValue(compilation, _ => state);
        return kept._options == options ? kept : state;
    }

    private static AnalysisState? Resolve(Compilation compilation, AnalyzerOptions options)
    {
        var symbols = KnownSymbols.Resolve(compilation);
        return symbols is null ? null : new AnalysisState(symbols, compilation, options);
    }
}
