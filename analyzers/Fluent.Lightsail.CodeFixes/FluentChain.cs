using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>The calls of one fluent expression (<c>Web.Named(..).WithTag(..).WithBundle(..)</c>), first to last, and edits on them.</summary>
internal sealed class FluentChain
{
    private FluentChain(List<InvocationExpressionSyntax> calls)
    {
        Calls = calls;
    }

    public List<InvocationExpressionSyntax> Calls { get; }

    /// <summary>The chain that <paramref name="call"/> is part of.</summary>
    public static FluentChain Of(InvocationExpressionSyntax call)
    {
        ExpressionSyntax outermost = call;
        while (outermost.Parent is MemberAccessExpressionSyntax access && access.Expression == outermost
            && access.Parent is InvocationExpressionSyntax next && next.Expression == access)
        {
            outermost = next;
        }

        var calls = new List<InvocationExpressionSyntax>();
        for (var current = outermost; current is InvocationExpressionSyntax invocation;)
        {
            calls.Add(invocation);
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                break;
            }

            current = access.Expression;
        }

        calls.Reverse();
        return new FluentChain(calls);
    }

    public static string? MethodName(InvocationExpressionSyntax call)
        => call.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : null;

    /// <summary>Whether the value of <paramref name="call"/> has a method <paramref name="method"/> (a stage that offers it).</summary>
    public static bool Offers(InvocationExpressionSyntax call, string method, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(call, cancellationToken).Type;
        return DslSyntax.IsBuilderStage(type)
            && type!.GetMembers(method).Concat(type.AllInterfaces.SelectMany(i => i.GetMembers(method))).Any(m => m is IMethodSymbol);
    }

    /// <summary>Replaces <c>x.Method(args)</c> by <c>x</c>: the call's effect leaves the chain, its line breaks stay.</summary>
    public static void RemoveCall(SyntaxEditor editor, InvocationExpressionSyntax call)
        => editor.ReplaceNode(call, (current, _) =>
        {
            var invocation = (InvocationExpressionSyntax)current;
            var receiver = ((MemberAccessExpressionSyntax)invocation.Expression).Expression;
            return receiver.WithTrailingTrivia(invocation.GetTrailingTrivia());
        });

    /// <summary>Replaces <c>x</c> by <c>x.Method(argument)</c>, or by <c>x.Method()</c> without an argument.</summary>
    public static void AppendCall(SyntaxEditor editor, InvocationExpressionSyntax call, string method, ExpressionSyntax? argument)
        => editor.ReplaceNode(call, (current, _) =>
        {
            var receiver = (ExpressionSyntax)current;
            var arguments = argument is null
                ? SyntaxFactory.ArgumentList()
                : SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument)));
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(method)),
                    arguments)
                .WithTrailingTrivia(receiver.GetTrailingTrivia());
        });
}
