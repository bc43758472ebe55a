namespace Fluent.Lightsail.Generator.Steps;

/// <summary>
/// The contract's names for one stage: its interface, and for a required stage the method that supplies the missing
/// member (the same method exists on <c>IReady</c> as an override).
/// </summary>
internal sealed class StageDefinition
{
    private StageDefinition(BuilderStage stage, string interfaceName, string? methodName, string? parameterName, string? memberDescription)
    {
        Stage = stage;
        InterfaceName = interfaceName;
        MethodName = methodName;
        ParameterName = parameterName;
        MemberDescription = memberDescription;
    }

    public static StageDefinition NeedsAvailabilityZone { get; } =
        new(BuilderStage.NeedsAvailabilityZone, "INeedsAvailabilityZone", "InZone", "availabilityZone", "availability zone");

    public static StageDefinition NeedsBlueprint { get; } =
        new(BuilderStage.NeedsBlueprint, "INeedsBlueprint", "WithBlueprint", "blueprintId", "blueprint");

    public static StageDefinition NeedsBundle { get; } =
        new(BuilderStage.NeedsBundle, "INeedsBundle", "WithBundle", "bundleId", "bundle");

    public static StageDefinition Ready { get; } = new(BuilderStage.Ready, "IReady", null, null, null);

    public BuilderStage Stage { get; }

    public string InterfaceName { get; }

    /// <summary>The method that leaves a required stage; <see langword="null"/> for <c>IReady</c>.</summary>
    public string? MethodName { get; }

    public string? ParameterName { get; }

    /// <summary>The missing member in words, for XML docs; <see langword="null"/> for <c>IReady</c>.</summary>
    public string? MemberDescription { get; }

    public static StageDefinition For(BuilderStage stage) => stage switch
    {
        BuilderStage.NeedsAvailabilityZone => NeedsAvailabilityZone,
        BuilderStage.NeedsBlueprint => NeedsBlueprint,
        BuilderStage.NeedsBundle => NeedsBundle,
        _ => Ready,
    };
}
