namespace Fluent.Lightsail.Building;

/// <summary>
/// Marks every stage interface of a generated builder. Analyzers use it to recognise calls to builder methods,
/// and user code can use it to write extension methods that apply to every template.
/// </summary>
public interface IInstanceBuilderStage
{
}
