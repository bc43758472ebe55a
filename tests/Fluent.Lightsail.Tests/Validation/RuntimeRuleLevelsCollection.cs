namespace Fluent.Lightsail.Tests.Validation;

/// <summary>
/// Tests that replace <see cref="ValidationOptions.Default"/>, which every Build() in the process reads: they run alone,
/// after the parallel tests, so no other test sees their rule levels.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RuntimeRuleLevelsCollection
{
    public const string Name = "runtime rule levels";
}
