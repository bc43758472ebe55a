using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fluent.Lightsail.Analyzers;

/// <summary>Reads the constant string behind an argument, looking through implicit conversions ("ipv6" → IpAddressType).</summary>
internal static class ConstantArgument
{
    /// <summary>False when the argument was not written (a default value); otherwise the value and whether it is constant.</summary>
    public static bool TryRead(IArgumentOperation argument, out string? value, out bool isConstant, out Location location)
    {
        value = null;
        isConstant = false;
        location = argument.Syntax.GetLocation();
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return false;
        }

        return TryReadValue(argument.Value, out value, out isConstant, out location);
    }

    public static bool TryReadValue(IOperation operation, out string? value, out bool isConstant, out Location location)
    {
        var unwrapped = Unwrap(operation);
        location = unwrapped.Syntax.GetLocation();
        value = null;
        isConstant = false;
        if (unwrapped.ConstantValue.HasValue && (unwrapped.ConstantValue.Value is null || unwrapped.ConstantValue.Value is string))
        {
            value = (string?)unwrapped.ConstantValue.Value;
            isConstant = true;
        }
        else if (unwrapped is IFieldReferenceOperation { Field: { IsStatic: true } field }
            && field.ContainingType is { Name: "IpAddressType" } containing
            && containing.ContainingNamespace?.ToDisplayString() == "Fluent.Lightsail.Model")
        {
            // IpAddressType.Ipv6 and friends are static readonly, not const, but their values are fixed.
            value = field.Name.ToLowerInvariant();
            isConstant = true;
        }

        return true;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
