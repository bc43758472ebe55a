using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// A code fix provider whose fixes are <see cref="EditorFix"/>es. The mechanical fix comes first (it is what Fix All and
/// <c>dotnet format</c> apply); choices follow, each offered only when applying it makes no new diagnostic
/// (<see cref="FixCheck"/>). The light-bulb fix and Fix All run the same edits; Fix All runs every diagnostic's edits of
/// one document in a single editor (<see cref="EditorFixAllProvider"/>).
/// </summary>
public abstract class EditorCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => new EditorFixAllProvider(this);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        FixCheck? check = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            // dotnet format asks the provider about the first diagnostic it found, whichever id that is.
            if (!FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            var fixes = GetFixes(new FixRequest(document, root, model, diagnostic, cancellationToken)).ToList();
            foreach (var fix in fixes.Where(f => f.Kind == FixKind.Mechanical).Take(1).Concat(fixes.Where(f => f.Kind == FixKind.Choice)))
            {
                if (fix.Kind == FixKind.Choice)
                {
                    check ??= await FixCheck.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                    if (!await check.IsCleanAsync(Apply(document, root, fix), cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }
                }

                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, token => Task.FromResult(Apply(document, root, fix)), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes offered for one diagnostic (at most one mechanical); none when its site cannot be edited.</summary>
    internal abstract IEnumerable<EditorFix> GetFixes(FixRequest request);

    private static Document Apply(Document document, SyntaxNode root, EditorFix fix)
    {
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        fix.Apply(editor);
        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
