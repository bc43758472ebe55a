using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Analyzers;

/// <summary>What the analyzers need per compilation, computed once at compilation start (assembly defaults lazily).</summary>
internal sealed class AnalysisState
{
    private readonly Lazy<AssemblyDefaults> _defaults;

    // Every call of a chain reads the same template; read it once per compilation.
    private readonly ConcurrentDictionary<INamedTypeSymbol, TemplateModel> _templates = new(SymbolEqualityComparer.Default);

    private AnalysisState(KnownSymbols symbols, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        Symbols = symbols;
        AdditionalFiles = options.AdditionalFiles;
        ProjectDirectory = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.projectdir", out var directory)
            ? directory
            : null;
        _defaults = new Lazy<AssemblyDefaults>(() => AssemblyDefaults.Read(compilation, symbols, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public KnownSymbols Symbols { get; }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public string? ProjectDirectory { get; }

    public AssemblyDefaults Defaults => _defaults.Value;

    /// <summary>The template's model, read once per compilation (a cancelled read is not cached).</summary>
    public TemplateModel GetTemplate(INamedTypeSymbol type, CancellationToken cancellationToken)
        // Look first: GetOrAdd's factory is a closure over the token, allocated on every call, and most calls find the model.
        => _templates.TryGetValue(type, out var model) ? model : _templates.GetOrAdd(type, t => TemplateReader.Read(t, this, cancellationToken));

    public static AnalysisState? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var symbols = KnownSymbols.Resolve(compilation);
        return symbols is null ? null : new AnalysisState(symbols, compilation, options, cancellationToken);
    }
}
