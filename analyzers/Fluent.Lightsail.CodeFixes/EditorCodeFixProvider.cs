using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// A code fix provider whose fixes are <see cref="EditorFix"/>es. The light-bulb fix and Fix All run the same edits;
/// Fix All runs every diagnostic's edits of one document in a single editor (<see cref="EditorFixAllProvider"/>).
/// </summary>
public abstract class EditorCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => new EditorFixAllProvider(this);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in GetFixes(new FixRequest(document, root, model, diagnostic, context.CancellationToken)))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(document, root, fix, cancellationToken), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes offered for one diagnostic; none when the diagnostic's site cannot be edited.</summary>
    internal abstract IEnumerable<EditorFix> GetFixes(FixRequest request);

    private static Task<Document> ApplyAsync(Document document, SyntaxNode root, EditorFix fix, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        fix.Apply(editor);
        return Task.FromResult(document.WithSyntaxRoot(editor.GetChangedRoot()));
    }
}
