using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Fix All for <see cref="EditorCodeFixProvider"/>s: all chosen fixes of one document go into one
/// <see cref="SyntaxEditor"/>. The batch fixer merges text changes instead and drops touching ones, which loses fixes
/// such as removing two adjacent <c>.WithTag(...)</c> calls of one chain or adding <c>partial</c> twice to one type.
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
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new FixRequest(document, root, model, diagnostic, cancellationToken);
            var fix = _provider.GetFixes(request).FirstOrDefault(f => f.EquivalenceKey == fixAllContext.CodeActionEquivalenceKey);
            fix?.Apply(editor);
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
