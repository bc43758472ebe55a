using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// One caller process: <see cref="RunSettings.Workers"/> concurrent workers share one <see cref="LightsailClient"/> and
/// each makes <see cref="RunSettings.CallsPerWorker"/> create calls, one after another. A call asks for names of its own
/// or for names from a pool shared with every other worker and process, and tags its instances with its call id, so
/// the endpoint's state shows which call created what.
/// </summary>
public static class NetworkCreateRun
{
    public static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IReadOnlyList<CallRecord>> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        using var client = Client(settings);
        var workers = Enumerable.Range(0, settings.Workers).Select(worker => RunWorkerAsync(client, settings, worker, cancellationToken));
        return (await Task.WhenAll(workers)).SelectMany(records => records).ToList();
    }

    /// <summary>The client one caller process shares between its workers, whatever their <see cref="CallKind"/>.</summary>
    public static LightsailClient Client(RunSettings settings) => new(
        new BasicAWSCredentials(settings.AccessKeyId, settings.SecretAccessKey),
        new LightsailClientConfig
        {
            ServiceURL = settings.ServiceUrl,
            AuthenticationRegion = "us-east-1",
            Timeout = TimeSpan.FromMilliseconds(settings.TimeoutMilliseconds),
            MaxErrorRetry = 2,
            RetryMode = RequestRetryMode.Standard,

            // Core shares HttpClients between clients by default; an own one closes its connections on Dispose,
            // so the proxy sees every connection end when a run ends.
            CacheHttpClient = false,
        });

    private static async Task<List<CallRecord>> RunWorkerAsync(LightsailClient client, RunSettings settings, int worker, CancellationToken cancellationToken)
    {
        var random = new Random(unchecked((settings.Seed * 7919) + (StableHash(settings.Process) * 31) + worker));
        var records = new List<CallRecord>();
        for (var call = 0; call < settings.CallsPerWorker; call++)
        {
            var callId = $"{settings.Process}-w{worker}-c{call}";
            records.Add(await CallAsync(client, settings.Process, callId, Names(random, callId, settings.SharedNames), cancellationToken));
        }

        return records;
    }

    /// <summary>Two in five calls create one name of their own, one in five two, the rest one or two shared names.</summary>
    private static List<string> Names(Random random, string callId, int sharedNames)
    {
        var pick = random.NextDouble();
        if (pick < 0.4)
        {
            return [callId + "-a"];
        }

        if (pick < 0.6)
        {
            return [callId + "-a", callId + "-b"];
        }

        var first = random.Next(sharedNames);
        var names = new List<string> { $"shared-{first:00}" };
        if (random.NextDouble() < 0.3)
        {
            names.Add($"shared-{(first + 1 + random.Next(sharedNames - 1)) % sharedNames:00}");
        }

        return names;
    }

    private static async Task<CallRecord> CallAsync(LightsailClient client, string process, string callId, List<string> names, CancellationToken cancellationToken)
    {
        var request = new CreateInstancesRequest
        {
            InstanceNames = names,
            AvailabilityZone = "us-east-1a",
            BlueprintId = Blueprints.Ubuntu24_04,
            BundleId = Bundles.Small3_0,
            Tags = [new Tag { Key = RunSettings.OwnerTagKey, Value = callId }, new Tag { Key = "process", Value = process }],
        };
        var started = DateTime.UtcNow;
        try
        {
            var response = await client.CreateInstancesAsync(request, cancellationToken);
            var operations = (response.Operations ?? []).Select(o => new NamedOperation(o.ResourceName, o.Id)).ToList();
            return new CallRecord(callId, process, names, started, DateTime.UtcNow, true, response.RecoveredAfterRetry, operations, null, true, null, null, null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var lightsail = exception as AmazonLightsailException;
            var outcomes = lightsail?.InstanceOutcomes?.Select(o => new NameOutcomeRecord(o.Name, o.Status, o.CheckedAtUtc, o.Operation?.Id)).ToList();
            return new CallRecord(
                callId, process, names, started, DateTime.UtcNow, false, false, [],
                exception.GetType().FullName, lightsail != null, lightsail?.ErrorCode, exception.Message, outcomes);
        }
    }

    internal static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
