using Amazon;
using Amazon.Runtime;

namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>Clients with explicit credentials and a loopback endpoint, so that no test depends on the machine's AWS setup.</summary>
public static class TestClients
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string SessionToken = "FwoGZXIvYXdzEXAMPLE//session+token=";

    public static LightsailClientConfig Config(LoopbackServer server, Action<LightsailClientConfig>? configure = null)
    {
        var config = new LightsailClientConfig
        {
            ServiceURL = server.Url,
            AuthenticationRegion = "us-east-1",
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(config);
        return config;
    }

    public static LightsailClient Create(LoopbackServer server, Action<LightsailClientConfig>? configure = null) =>
        new(new BasicAWSCredentials(AccessKey, SecretKey), Config(server, configure));

    public static LightsailClient CreateWithSession(LoopbackServer server) =>
        new(AccessKey, SecretKey, SessionToken, Config(server));

    public static RegionEndpoint Region => RegionEndpoint.USEast1;
}
