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
/// FLS9008: renames the template's own member that takes a name the generator adds (a nested <c>Ready</c>, a
/// <c>Named(string)</c> method, …) to the free name the diagnostic carries, with every reference to it, so that the
/// generator can add its members again.
/// </summary>
/// <remarks>
/// A rename is a solution-wide edit per symbol, which the batch Fix All (merging document edits) cannot combine, so
/// Fix All renames one member after the other, each in the solution the previous rename left.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GeneratedNameCodeFixProvider))]
[Shared]
public sealed class GeneratedNameCodeFixProvider : CodeFixProvider
{
    /// <summary>One key for every rename of this kind, without the rule id.</summary>
    internal const string EquivalenceKey = "Fluent.Lightsail.Mechanical.RenameMember";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GeneratedNameTaken);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => RenameAll.Instance;

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
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Solution> RenameAsync(Solution solution, ISymbol symbol, string newName, CancellationToken cancellationToken)
        => Renamer.RenameSymbolAsync(solution, symbol, default(SymbolRenameOptions), newName, cancellationToken);

    /// <summary>Fix All: every FLS9008 of the scope, renamed in turn.</summary>
    private sealed class RenameAll : FixAllProvider
    {
        public static readonly RenameAll Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            // Each member as (its document, its display string, the new name), read from the original solution: a
            // rename moves text, so the member is found again by what it is, not where it was.
            var targets = new List<(ProjectId Project, string Member, string Type, string OldName, string NewName)>();
            foreach (var document in Documents(fixAllContext))
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                foreach (var diagnostic in diagnostics)
                {
                    if (diagnostic.Id == RuleIds.GeneratedNameTaken
                        && diagnostic.Properties.TryGetValue(FixDataKeys.Replacement, out var newName) && newName is { Length: > 0 }
                        && root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is { } node
                        && model?.GetDeclaredSymbol(node, fixAllContext.CancellationToken) is { ContainingType: { } type } symbol)
                    {
                        targets.Add((document.Project.Id, symbol.ToDisplayString(), type.ToDisplayString(), symbol.Name, newName));
                    }
                }
            }

            if (targets.Count == 0)
            {
                return null;
            }

            return CodeAction.Create(
                "Rename every member that takes a generated name",
                async cancellationToken =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var target in targets)
                    {
                        var compilation = await solution.GetProject(target.Project)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                        var symbol = Find(compilation, target.Type, target.OldName, target.Member);
                        if (symbol != null)
                        {
                            solution = await RenameAsync(solution, symbol, target.NewName, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    return solution;
                },
                EquivalenceKey);
        }

        private static IEnumerable<Document> Documents(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Document when context.Document != null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents,
            FixAllScope.Solution => context.Solution.Projects.SelectMany(project => project.Documents),
            _ => Enumerable.Empty<Document>(),
        };

        private static ISymbol? Find(Compilation? compilation, string typeName, string memberName, string display)
        {
            if (compilation is null)
            {
                return null;
            }

            foreach (var type in compilation.GetSymbolsWithName(name => typeName.EndsWith(name, System.StringComparison.Ordinal), SymbolFilter.Type))
            {
                if (type is INamedTypeSymbol named && named.ToDisplayString() == typeName)
                {
                    return named.GetMembers(memberName).FirstOrDefault(member => member.ToDisplayString() == display);
                }
            }

            return null;
        }
    }
}
