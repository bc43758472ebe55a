namespace Fluent.Lightsail.Generator.Model;

/// <summary>The StopInstanceOnIdle add-on, on: <c>[StopInstanceOnIdle(threshold, duration)]</c> as written.</summary>
internal sealed record StopInstanceOnIdleSpec(string? Threshold, string? Duration);
