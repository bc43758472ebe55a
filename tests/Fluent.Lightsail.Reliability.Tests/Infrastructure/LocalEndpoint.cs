using Amazon.Runtime;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// A local Lightsail endpoint on 127.0.0.1 and clients for it with explicit credentials, region and ServiceURL, so that
/// nothing consults the machine's AWS setup or leaves loopback.
/// </summary>
internal static class LocalEndpoint
{
    public const string AccessKeyId = "AKIDRELIABILITYTESTS";
    public const string SecretAccessKey = "reliability-tests-secret-access-key";
    public const string Region = "us-east-1";

    public static Task<LocalLightsailServer> StartAsync(Action<LocalLightsailOptions>? configure = null)
    {
        // Belt and braces: explicit credentials never reach the instance-metadata service, and neither may anything else.
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        var options = new LocalLightsailOptions
        {
            Port = 0,
            AccessKeyId = AccessKeyId,
            SecretAccessKey = SecretAccessKey,
            Region = Region,
            OperationDelay = TimeSpan.FromMilliseconds(100),
        };
        configure?.Invoke(options);
        return LocalLightsailServer.StartAsync(options);
    }

    public static LightsailClientConfig Config(LocalLightsailServer server, TimeSpan timeout, int maxErrorRetry, HttpClientFactory? httpClientFactory = null) => new()
    {
        ServiceURL = server.Endpoint.ToString(),
        AuthenticationRegion = Region,
        Timeout = timeout,
        MaxErrorRetry = maxErrorRetry,
        RetryMode = Amazon.Runtime.RequestRetryMode.Standard,
        HttpClientFactory = httpClientFactory,
    };

    public static LightsailClient Client(LightsailClientConfig config) =>
        new(new BasicAWSCredentials(AccessKeyId, SecretAccessKey), config);
}
