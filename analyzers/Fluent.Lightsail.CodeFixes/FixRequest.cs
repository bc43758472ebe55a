using System.Threading;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>A diagnostic to fix, with the document's tree and semantic model.</summary>
internal sealed class FixRequest
{
    public FixRequest(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Diagnostic = diagnostic;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Diagnostic Diagnostic { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The node the diagnostic is on (an argument expression, an attribute, a type's identifier's declaration).</summary>
    public SyntaxNode Node => Root.FindNode(Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    public string? Property(string key) => Diagnostic.Properties.TryGetValue(key, out var value) ? value : null;
}
