namespace Fluent.Lightsail.Generator.Steps;

/// <summary>The stages a generated builder can have, in the only order they may appear.</summary>
internal enum BuilderStage
{
    NeedsAvailabilityZone,
    NeedsBlueprint,
    NeedsBundle,
    Ready,
}
