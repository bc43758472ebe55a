using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// A value with the expression that wrote it. <see cref="IsKnown"/> is false for a non-constant call-site argument:
/// the value exists but only the run-time check can judge it.
/// </summary>
internal sealed class SourcedValue
{
    public SourcedValue(string? value, Location location, ValueOrigin origin, bool isKnown = true, object? owner = null)
    {
        Value = value;
        Location = location;
        Origin = origin;
        IsKnown = isKnown;
        Owner = owner;
    }

    public string? Value { get; }

    public Location Location { get; }

    public ValueOrigin Origin { get; }

    public bool IsKnown { get; }

    /// <summary>For call-site values, the invocation operation that passed the value.</summary>
    public object? Owner { get; }
}
