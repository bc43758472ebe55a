using System.Net;
using Fluent.Lightsail.Local.Auth;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Fluent.Lightsail.Local;

/// <summary>
/// A local Lightsail endpoint on 127.0.0.1 (Kestrel): awsJson 1.1, SigV4-checked, in-memory instances and operations,
/// fault injection. <c>await using var server = await LocalLightsailServer.StartAsync(new() { Port = 0 });</c> then
/// point any Lightsail client at <see cref="Endpoint"/> with <see cref="AccessKeyId"/>/<see cref="SecretAccessKey"/>.
/// </summary>
public sealed class LocalLightsailServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly LightsailState state;
    private readonly TimeProvider clock;

    private LocalLightsailServer(WebApplication app, LightsailState state, LocalLightsailOptions options, Uri endpoint, FaultInjector faults, RequestStats stats)
    {
        this.app = app;
        this.state = state;
        clock = options.TimeProvider;
        Endpoint = endpoint;
        Faults = faults;
        Stats = stats;
        Region = options.Region;
        AccessKeyId = options.AccessKeyId;
        SecretAccessKey = options.SecretAccessKey;
        SessionToken = options.SessionToken;
    }

    /// <summary>The base URI, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The faults to inject into coming requests.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Request counts per operation and the request log.</summary>
    public RequestStats Stats { get; }

    /// <summary>The region served.</summary>
    public string Region { get; }

    /// <summary>The access key ID the endpoint accepts.</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key the endpoint accepts.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token requests must carry, if one was configured.</summary>
    public string? SessionToken { get; }

    /// <summary>The operations the endpoint implements (<c>X-Amz-Target</c> suffixes).</summary>
    public static IReadOnlyCollection<string> Operations => RequestPipeline.Operations;

    /// <summary>The names of the instances that exist now (pending, running or being deleted).</summary>
    public IReadOnlyList<string> InstanceNames => state.InstanceNames(clock.GetUtcNow());

    /// <summary>The instances that exist now, oldest first, with the request that created each.</summary>
    public IReadOnlyList<LocalInstance> Instances => state.GetInstances(clock.GetUtcNow())
        .Select(instance => new LocalInstance(
            instance.Name,
            instance.Tags.Select(tag => new KeyValuePair<string, string?>(tag.Key, tag.Value)).ToList(),
            instance.CreatedAt,
            instance.ReservedAtUtc,
            instance.CreatedBy.AccessKeyId,
            instance.CreatedBy.RequestId,
            instance.CreateOperation.Id))
        .ToList();

    /// <summary>Starts listening on 127.0.0.1; returns once the port is bound.</summary>
    public static async Task<LocalLightsailServer> StartAsync(LocalLightsailOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalLightsailOptions();
        var region = LocalCatalog.FindRegion(options.Region)
            ?? throw new ArgumentException($"Lightsail does not run in '{options.Region}'. Use one of: {string.Join(", ", LocalCatalog.Regions.Select(r => r.Name))}.", nameof(options));
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (any free port) to 65535.");
        }

        if (string.IsNullOrWhiteSpace(options.AccessKeyId) || string.IsNullOrEmpty(options.SecretAccessKey))
        {
            throw new ArgumentException("AccessKeyId and SecretAccessKey must be set: the endpoint accepts only signed requests.", nameof(options));
        }

        if (options.OperationDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.OperationDelay, "OperationDelay must not be negative.");
        }

        if (options.PublicIpDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PublicIpDelay, "PublicIpDelay must not be negative.");
        }

        if (options.PageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "PageSize must be at least 1.");
        }

        var snapshots = Snapshots(options);

        // The empty builder reads no appsettings, environment URLs or launch profiles: the endpoint binds exactly
        // where the options say, and only on loopback.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var state = new LightsailState(region.Name, options.AccountId, snapshots);
        var faults = new FaultInjector();
        var stats = new RequestStats();
        var verifier = new SigV4Verifier(options.AllCredentials(), region.Name, options.TimeProvider);
        var pipeline = new RequestPipeline(options, state, region, verifier, faults, stats, app.Lifetime.ApplicationStopping);
        app.Run(pipeline.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // A busy port must not leave a half-built host behind in the caller's process.
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        return new LocalLightsailServer(app, state, options, endpoint, faults, stats);
    }

    private static Dictionary<string, SnapshotSource> Snapshots(LocalLightsailOptions options) =>
        options.InstanceSnapshots.ToDictionary(
            snapshot => snapshot.Name,
            snapshot => new SnapshotSource(
                LocalCatalog.FindBlueprint(snapshot.BlueprintId)
                    ?? throw new ArgumentException($"Snapshot {snapshot.Name}: unknown blueprint '{snapshot.BlueprintId}'.", nameof(options)),
                LocalCatalog.FindBundle(snapshot.BundleId)
                    ?? throw new ArgumentException($"Snapshot {snapshot.Name}: unknown bundle '{snapshot.BundleId}'.", nameof(options))),
            StringComparer.Ordinal);

    /// <summary>Stops listening; requests in flight get a short grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(grace.Token);
        await app.DisposeAsync();
    }
}
