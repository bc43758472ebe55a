using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The add-on types of Lightsail. Mirrors <c>Amazon.Lightsail.AddOnType</c>.</summary>
public sealed class AddOnType : ConstantClass
{
    /// <summary>The value <c>AutoSnapshot</c>.</summary>
    public static readonly AddOnType AutoSnapshot = new("AutoSnapshot");

    /// <summary>The value <c>StopInstanceOnIdle</c>.</summary>
    public static readonly AddOnType StopInstanceOnIdle = new("StopInstanceOnIdle");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public AddOnType(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static AddOnType FindValue(string value) => FindValue<AddOnType>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator AddOnType(string value) => FindValue(value);
}
