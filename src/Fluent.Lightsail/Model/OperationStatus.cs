using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The status of a Lightsail operation. Mirrors <c>Amazon.Lightsail.OperationStatus</c>.</summary>
public sealed class OperationStatus : ConstantClass
{
    /// <summary>The value <c>NotStarted</c>.</summary>
    public static readonly OperationStatus NotStarted = new("NotStarted");

    /// <summary>The value <c>Started</c>.</summary>
    public static readonly OperationStatus Started = new("Started");

    /// <summary>The value <c>Failed</c>.</summary>
    public static readonly OperationStatus Failed = new("Failed");

    /// <summary>The value <c>Completed</c>.</summary>
    public static readonly OperationStatus Completed = new("Completed");

    /// <summary>The value <c>Succeeded</c>.</summary>
    public static readonly OperationStatus Succeeded = new("Succeeded");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public OperationStatus(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static OperationStatus FindValue(string value) => FindValue<OperationStatus>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator OperationStatus(string value) => FindValue(value);
}
