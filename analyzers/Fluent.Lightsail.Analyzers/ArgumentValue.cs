using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>A constant string argument and the expression that wrote it, where its diagnostics belong.</summary>
internal readonly struct ArgumentValue
{
    public ArgumentValue(string? value, Location location)
    {
        Value = value;
        Location = location;
    }

    public string? Value { get; }

    public Location Location { get; }
}
