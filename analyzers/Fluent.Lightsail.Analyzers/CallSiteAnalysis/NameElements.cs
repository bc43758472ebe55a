using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The names a <c>Named(...)</c> call passes as a list: <c>Named("a", "b")</c> or <c>Named(new[] { "a", "b" })</c> (an
/// array), and from C# 12 <c>Named(["a", "b"])</c> or, with the <c>params IEnumerable&lt;string&gt;</c> overload the generator
/// writes from C# 13, <c>Named("a", "b")</c> again (a collection expression).
/// </summary>
internal static class NameElements
{
    // The analyzers build against Roslyn 4.8, whose OperationKind has no CollectionExpression or Spread members; hosts
    // that compile C# 12 and later give these values (Roslyn's OperationKind.CollectionExpression and .Spread).
    private const OperationKind CollectionExpression = (OperationKind)0x7F;
    private const OperationKind Spread = (OperationKind)0x80;

    /// <summary>The elements in order, or default when the list is not written out here (a variable, a spread, a call).</summary>
    public static ImmutableArray<IOperation> Of(IOperation value)
    {
        var unwrapped = ConstantArgument.Unwrap(value);
        if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        if (unwrapped.Kind != CollectionExpression)
        {
            return default;
        }

        // A collection expression's children are its elements; with a spread the count and the names are not known here.
        var elements = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var element in unwrapped.ChildOperations)
        {
            if (element.Kind == Spread)
            {
                return default;
            }

            elements.Add(element);
        }

        return elements.ToImmutable();
    }
}
