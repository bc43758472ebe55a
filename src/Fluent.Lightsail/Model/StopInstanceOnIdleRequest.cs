namespace Fluent.Lightsail.Model;

/// <summary>The settings of the StopInstanceOnIdle add-on, as <c>Amazon.Lightsail.Model.StopInstanceOnIdleRequest</c>.</summary>
public sealed class StopInstanceOnIdleRequest
{
    /// <summary>The CPU utilisation percentage at or below which the instance counts as idle; a string on the wire.</summary>
    public string? Threshold { get; set; }

    /// <summary>The idle time in minutes after which the instance stops; a string on the wire.</summary>
    public string? Duration { get; set; }
}
