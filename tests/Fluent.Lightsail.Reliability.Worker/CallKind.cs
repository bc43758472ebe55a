namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>What each call of a worker does.</summary>
public enum CallKind
{
    /// <summary><c>CreateInstancesAsync</c> once, with names of its own or shared ones (<see cref="NetworkCreateRun"/>).</summary>
    Create,

    /// <summary><c>EnsureInstancesAsync</c> on an overlapping fleet of <see cref="EnsureFleet"/>, re-run after a failure (<see cref="EnsureCall"/>).</summary>
    Ensure,
}
