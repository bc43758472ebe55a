using System.Runtime.CompilerServices;

namespace Fluent.Lightsail.Testing;

/// <summary>
/// Linked into each test assembly whose tests reach the SDK's credential or region chain (a module initializer runs
/// when its own assembly loads, so it cannot live in the shared library). Runs before any test: the SDK's credential
/// and region chains end at the EC2 instance metadata service (169.254.169.254), which no test may reach.
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void DisableInstanceMetadata() => Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
}
