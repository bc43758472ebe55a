using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Fix All for <see cref="EditorCodeFixProvider"/>s: the mechanical fix of every diagnostic of the document, in one
/// <see cref="SyntaxEditor"/>. The equivalence key is not matched: dotnet format passes the key of whatever diagnostic
/// it saw first (another id's, or none when that one had no fix), and only mechanical fixes have a key, so the answer is
/// the same whatever the order of the diagnostics. Choices never take part. The batch fixer would merge text changes and
/// drop touching ones, losing the second of two adjacent <c>.WithTag(...)</c> removals or <c>partial</c> added twice.
/// </summary>
internal sealed class EditorFixAllProvider : DocumentBasedFixAllProvider
{
    private readonly EditorCodeFixProvider _provider;

    public EditorFixAllProvider(EditorCodeFixProvider provider)
    {
        _provider = provider;
    }

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = fixAllContext.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var ordered = diagnostics
            .Where(d => _provider.FixableDiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal);
        var sharedTargets = new System.Collections.Generic.HashSet<SyntaxNode>();
        foreach (var diagnostic in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new FixRequest(document, root, model, diagnostic, cancellationToken);
            var fix = _provider.GetFixes(request).FirstOrDefault(f => f.Kind == FixKind.Mechanical);
            if (fix != null && (fix.SharedTarget is null || sharedTargets.Add(fix.SharedTarget)))
            {
                fix.Apply(editor);
            }
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
