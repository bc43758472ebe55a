using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>The credentials and region a real client process gets.</summary>
public sealed record ClientCredentials(string AccessKeyId, string SecretAccessKey, string Region, string? SessionToken = null)
{
    public static ClientCredentials For(LocalLightsailServer server) =>
        new(server.AccessKeyId, server.SecretAccessKey, server.Region, server.SessionToken);
}
