using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// One fix for one diagnostic, as edits on a <see cref="SyntaxEditor"/> over the original tree. Edits name original
/// nodes, so the fixes of many diagnostics can share one editor: that is how Fix All applies them without conflicts.
/// </summary>
internal sealed class EditorFix
{
    private EditorFix(string title, FixKind kind, Action<SyntaxEditor> apply, SyntaxNode? sharedTarget)
    {
        Title = title;
        Kind = kind;
        Apply = apply;
        SharedTarget = sharedTarget;
    }

    public string Title { get; }

    public FixKind Kind { get; }

    /// <summary>Mechanical fixes share one key, so Fix All (and <c>dotnet format</c>) applies them for every id; a choice has none.</summary>
    public string? EquivalenceKey => Kind == FixKind.Mechanical ? FixKeys.Mechanical : null;

    public Action<SyntaxEditor> Apply { get; }

    /// <summary>
    /// A node that the fixes of other diagnostics may edit too (a constant's declaration, used in many places): Fix All
    /// applies the first fix of such a node and skips the others, which write the same value.
    /// </summary>
    public SyntaxNode? SharedTarget { get; }

    /// <summary>A fix whose result is certain: it may come first and takes part in Fix All.</summary>
    public static EditorFix Mechanical(string title, Action<SyntaxEditor> apply, SyntaxNode? sharedTarget = null)
        => new(title, FixKind.Mechanical, apply, sharedTarget);

    /// <summary>One named alternative among others: offered by its title, applied only when picked.</summary>
    public static EditorFix Choice(string title, Action<SyntaxEditor> apply) => new(title, FixKind.Choice, apply, null);
}
