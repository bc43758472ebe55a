using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Samples;

/// <summary>
/// Where the sample sends its requests: a local endpoint it starts on 127.0.0.1 (the default), or real AWS only when
/// asked with --aws.
/// </summary>
internal sealed class LightsailTarget : IAsyncDisposable
{
    private static readonly TimeSpan AwsPollInterval = TimeSpan.FromSeconds(5);

    private readonly LocalLightsailServer? localServer;

    private LightsailTarget(LightsailClient client, string description, LocalLightsailServer? localServer, TimeSpan pollInterval)
    {
        Client = client;
        Description = description;
        this.localServer = localServer;
        PollInterval = pollInterval;
    }

    public LightsailClient Client { get; }

    public string Description { get; }

    /// <summary>How often the wait reads the instances: often on the local endpoint, every few seconds on AWS.</summary>
    public TimeSpan PollInterval { get; }

    public static async Task<LightsailTarget> StartLocalAsync(TimeSpan operationDelay, CancellationToken cancellationToken)
    {
        // Local mode must never reach the instance metadata service or any other host.
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        // As on Lightsail, an instance gets its public address a moment (PublicIpDelay, 1 s) after it is running; the
        // sample's wait covers that gap.
        var options = new LocalLightsailOptions { Port = 0, Region = "us-east-1", OperationDelay = operationDelay };
        var server = await LocalLightsailServer.StartAsync(options, cancellationToken);
        var config = new LightsailClientConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = server.Region };
        var client = new LightsailClient(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey), config);
        return new LightsailTarget(client, $"local Lightsail endpoint {server.Endpoint} (region {server.Region})", server, TimeSpan.FromMilliseconds(250));
    }

    public static LightsailTarget ForAws(string? profile, string? region)
    {
        var config = new LightsailClientConfig();
        if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        if (profile is null)
        {
            // The default credential chain: environment, profile files, SSO, container and instance roles.
            return new LightsailTarget(new LightsailClient(config), $"AWS Lightsail ({region ?? "region from the environment"}, default credentials)", null, AwsPollInterval);
        }

        if (!new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials))
        {
            throw new InvalidOperationException($"No AWS profile named '{profile}' was found in the shared credentials or config files.");
        }

        return new LightsailTarget(new LightsailClient(credentials, config), $"AWS Lightsail ({region ?? "region from the environment"}, profile {profile})", null, AwsPollInterval);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (localServer is not null)
        {
            await localServer.DisposeAsync();
        }
    }
}
