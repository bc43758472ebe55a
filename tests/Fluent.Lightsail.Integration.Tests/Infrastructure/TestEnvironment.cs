using System.Runtime.CompilerServices;

namespace Fluent.Lightsail.Integration.Tests.Infrastructure;

/// <summary>
/// Runs before any test: the SDK's credential and region chains end at the EC2 instance metadata service
/// (169.254.169.254), which no test may reach.
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void DisableInstanceMetadata() => Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
}
