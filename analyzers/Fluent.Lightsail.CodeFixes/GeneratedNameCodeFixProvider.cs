using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Rename;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// FLS9008: renames the template's own member that takes a name the generator adds (a <c>Named(string)</c> method, a
/// nested <c>LightsailTemplateValues</c>, …) to the free name the diagnostic carries, with every reference to it, so that the
/// generator can add its members again.
/// </summary>
/// <remarks>
/// The rename changes the user's own API (callers of their <c>Named</c> now use the new name), so it is
/// a choice: offered by title, one member at a time, with no equivalence key and no Fix All, so that
/// <c>dotnet format</c> never applies it in bulk.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GeneratedNameCodeFixProvider))]
[Shared]
public sealed class GeneratedNameCodeFixProvider : CodeFixProvider
{
    // A choice has no equivalence key, so that no Fix All and no `dotnet format` run applies it (see EditorFix).
    private static readonly string? Choice = null;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GeneratedNameTaken);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixDataKeys.Replacement, out var newName) || string.IsNullOrEmpty(newName))
            {
                continue;
            }

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is null || model is null || model.GetDeclaredSymbol(node, context.CancellationToken) is not { } symbol)
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Rename '{symbol.Name}' to '{newName}'",
                    cancellationToken => RenameAsync(solution, symbol, newName!, cancellationToken),
                    equivalenceKey: Choice),
                diagnostic);
        }
    }

    private static Task<Solution> RenameAsync(Solution solution, ISymbol symbol, string newName, CancellationToken cancellationToken)
        => Renamer.RenameSymbolAsync(solution, symbol, default(SymbolRenameOptions), newName, cancellationToken);
}
