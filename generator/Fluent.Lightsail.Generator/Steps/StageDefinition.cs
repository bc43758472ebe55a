namespace Fluent.Lightsail.Generator.Steps;

/// <summary>
/// The contract's names for one stage: its struct, and for a required stage the method that supplies the missing
/// member (the same method exists on the final stage, the runtime's <c>InstanceBuilder</c>, as an override; the generator
/// writes only the required stages).
/// </summary>
internal sealed class StageDefinition
{
    private StageDefinition(BuilderStage stage, string typeName, string? methodName, string? parameterName, string? memberDescription)
    {
        Stage = stage;
        TypeName = typeName;
        MethodName = methodName;
        ParameterName = parameterName;
        MemberDescription = memberDescription;
    }

    public static StageDefinition NeedsAvailabilityZone { get; } =
        new(BuilderStage.NeedsAvailabilityZone, "NeedsAvailabilityZone", "InZone", "availabilityZone", "availability zone");

    public static StageDefinition NeedsBlueprint { get; } =
        new(BuilderStage.NeedsBlueprint, "NeedsBlueprint", "WithBlueprint", "blueprintId", "blueprint");

    public static StageDefinition NeedsBundle { get; } =
        new(BuilderStage.NeedsBundle, "NeedsBundle", "WithBundle", "bundleId", "bundle");

    public static StageDefinition Ready { get; } = new(BuilderStage.Ready, "Ready", null, null, null);

    public BuilderStage Stage { get; }

    public string TypeName { get; }

    /// <summary>The method that leaves a required stage; <see langword="null"/> for <c>Ready</c>.</summary>
    public string? MethodName { get; }

    public string? ParameterName { get; }

    /// <summary>The missing member in words, for XML docs; <see langword="null"/> for <c>Ready</c>.</summary>
    public string? MemberDescription { get; }

    public static StageDefinition For(BuilderStage stage) => stage switch
    {
        BuilderStage.NeedsAvailabilityZone => NeedsAvailabilityZone,
        BuilderStage.NeedsBlueprint => NeedsBlueprint,
        BuilderStage.NeedsBundle => NeedsBundle,
        _ => Ready,
    };
}
