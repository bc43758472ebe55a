namespace Fluent.Lightsail.Client.Tests;

/// <summary>
/// Tests that set process-wide <c>AWS_*</c> environment variables run alone, so that no other test's client reads them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentVariableCollection
{
    public const string Name = "Process environment";
}
