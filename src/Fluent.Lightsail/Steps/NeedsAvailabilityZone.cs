using System.ComponentModel;
using Fluent.Lightsail.Building;

namespace Fluent.Lightsail.Steps;

/// <summary>
/// A step of a template's chain that still needs the availability zone, which neither the template nor the assembly's
/// defaults set. It has no <c>Build</c>: a chain that skips it does not compile (CS1061).
/// </summary>
/// <remarks>One type for every template, in the runtime, so that a template adds no step types of its own.</remarks>
public readonly struct NeedsAvailabilityZone : IInstanceBuilderStage
{
    private readonly InstanceBuilder _builder;

    /// <summary>Wraps a started chain; generated <c>Named(...)</c> methods call it.</summary>
    /// <param name="builder">The chain, started from the template's values.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public NeedsAvailabilityZone(InstanceBuilder builder) => _builder = builder;

    /// <inheritdoc cref="InstanceBuilder.InZone(string)"/>
    /// <returns>The final stage, which can build the request.</returns>
    public InstanceBuilder InZone(string availabilityZone) => _builder.InZone(availabilityZone);
}
