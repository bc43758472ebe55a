namespace Fluent.Lightsail.Building;

/// <summary>
/// Marks every builder stage: the generated steps that ask for a required member, and the runtime's
/// <see cref="InstanceBuilder"/>. Analyzers use it to recognise calls to builder methods.
/// </summary>
public interface IInstanceBuilderStage
{
}
