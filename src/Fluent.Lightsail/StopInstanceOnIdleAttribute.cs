using System;

namespace Fluent.Lightsail;

/// <summary>
/// Enables the StopInstanceOnIdle add-on, which stops the instance when its CPU use stays at or below
/// <see cref="Threshold"/> percent for <see cref="Duration"/> minutes. Lightsail for Research only.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StopInstanceOnIdleAttribute : Attribute
{
    /// <summary>
    /// Stops the instance when its CPU use stays at or below <paramref name="threshold"/> percent for
    /// <paramref name="duration"/> minutes. Only Lightsail for Research blueprints and bundles support it (FLS7004).
    /// </summary>
    /// <param name="threshold">The CPU utilisation percentage, as a whole number such as <c>"5"</c>.</param>
    /// <param name="duration">The idle time in minutes, as a whole number such as <c>"30"</c>.</param>
    public StopInstanceOnIdleAttribute(string threshold, string duration)
    {
        Threshold = threshold;
        Duration = duration;
    }

    /// <summary>The CPU utilisation percentage.</summary>
    public string Threshold { get; }

    /// <summary>The idle time in minutes.</summary>
    public string Duration { get; }
}
