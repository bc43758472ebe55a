namespace Fluent.Lightsail.Building;

/// <summary>
/// Marks every builder stage: the steps that ask for a required member (<c>Fluent.Lightsail.Steps</c>) and
/// the final stage, <see cref="InstanceBuilder"/>. Analyzers use it to recognise calls to builder methods.
/// </summary>
public interface IInstanceBuilderStage
{
}
