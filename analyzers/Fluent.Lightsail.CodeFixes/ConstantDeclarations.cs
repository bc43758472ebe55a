using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// A value that comes from the user's own <c>const</c> (a field or a local) is fixed where it is declared, once, not
/// patched at each use: every use then sees the fixed value.
/// </summary>
internal static class ConstantDeclarations
{
    /// <summary>Where <paramref name="expression"/>'s value is declared in source, or null for literals and catalogue constants.</summary>
    public static ISymbol? SourceConstant(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        return symbol switch
        {
            IFieldSymbol { IsConst: true } field when field.DeclaringSyntaxReferences.Length > 0 => field,
            ILocalSymbol { IsConst: true } local when local.DeclaringSyntaxReferences.Length > 0 => local,
            _ => null,
        };
    }

    /// <summary>
    /// The string literal that initialises <paramref name="constant"/> in the document of <paramref name="root"/>; null when
    /// it is declared in another file or computed (<c>Prefix + "a"</c>): then the fix is not offered, rather than patching uses.
    /// </summary>
    public static LiteralExpressionSyntax? Initializer(ISymbol constant, SyntaxNode root, CancellationToken cancellationToken)
    {
        var reference = constant.DeclaringSyntaxReferences.FirstOrDefault(r => r.SyntaxTree == root.SyntaxTree);
        return reference?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
            ? literal
            : null;
    }
}
