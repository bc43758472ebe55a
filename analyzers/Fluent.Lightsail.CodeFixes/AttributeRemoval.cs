using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>Removes one attribute: from its list when it has company, else the whole <c>[...]</c> line.</summary>
internal static class AttributeRemoval
{
    public static void Remove(SyntaxEditor editor, AttributeSyntax attribute)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return;
        }

        if (list.Attributes.Count > 1)
        {
            editor.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia);
            return;
        }

        editor.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia);
        if (list.Parent is MemberDeclarationSyntax declaration && declaration.AttributeLists[0] == list)
        {
            // The first list carries the declaration's leading trivia (doc comments, indentation): keep it on what follows.
            var leading = list.GetLeadingTrivia();
            editor.ReplaceNode(declaration, (current, _) => current.WithLeadingTrivia(leading));
        }
    }
}
