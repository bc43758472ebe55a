using System;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// One fix for one diagnostic, as edits on a <see cref="SyntaxEditor"/> over the original tree. Edits name original
/// nodes, so the fixes of many diagnostics can share one editor: that is how Fix All applies them without conflicts.
/// </summary>
internal sealed class EditorFix
{
    public EditorFix(string title, string equivalenceKey, Action<SyntaxEditor> apply)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Apply = apply;
    }

    public string Title { get; }

    /// <summary>The fix kind (not its value), so that Fix All picks the same kind of fix for every diagnostic.</summary>
    public string EquivalenceKey { get; }

    public Action<SyntaxEditor> Apply { get; }
}
