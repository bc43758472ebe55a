using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Checks a fix's result against the same rules: the analyzers run on the changed project, and a fix is clean when no
/// FLS id is reported more often than before and the compiler reports no more errors. Choices are checked this way before
/// they are offered (a blueprint that would not fit the bundle, a bundle that would not fit the IP address type).
/// </summary>
internal sealed class FixCheck
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer(), new BuilderCallAnalyzer());

    private readonly Dictionary<string, int> _before;
    private readonly int _errorsBefore;

    private FixCheck(Dictionary<string, int> before, int errorsBefore)
    {
        _before = before;
        _errorsBefore = errorsBefore;
    }

    public static async Task<FixCheck> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var (counts, errors) = await CountAsync(document.Project, cancellationToken).ConfigureAwait(false);
        return new FixCheck(counts, errors);
    }

    public async Task<bool> IsCleanAsync(Document changed, CancellationToken cancellationToken)
    {
        var (after, errors) = await CountAsync(changed.Project, cancellationToken).ConfigureAwait(false);
        return errors <= _errorsBefore && after.All(pair => pair.Value <= (_before.TryGetValue(pair.Key, out var count) ? count : 0));
    }

    private static async Task<(Dictionary<string, int> Counts, int Errors)> CountAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return (new Dictionary<string, int>(), 0);
        }

        var errors = compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
        var diagnostics = await compilation
            .WithAnalyzers(Analyzers, project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);
        var counts = diagnostics
            .Where(d => d.Id.StartsWith("FLS", System.StringComparison.Ordinal))
            .GroupBy(d => d.Id)
            .ToDictionary(group => group.Key, group => group.Count());
        return (counts, errors);
    }
}
