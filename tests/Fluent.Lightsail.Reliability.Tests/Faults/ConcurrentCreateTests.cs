using System.Diagnostics;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// 200 creates at once through one client (the SDK's own HttpClient this time), while the endpoint's fault queue
/// hands seeded bursts of every kind to whichever CreateInstances requests come first: each create is accounted for.
/// </summary>
public sealed class ConcurrentCreateTests(ITestOutputHelper output)
{
    private const int Creates = 200;
    // Generous, because 200 requests at once on two shared cores are slow without any fault; the injected latency is
    // twice this, so timeouts still happen where the schedule puts them.
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Two_hundred_concurrent_creates_through_one_client_are_all_accounted_for()
    {
        var seed = ReliabilitySettings.Seed;
        await using var server = await LocalEndpoint.StartAsync();
        var queued = QueueBursts(server, Seeds.For(seed, 0, stream: 3));
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, ClientTimeout, maxErrorRetry: 4));
        var names = Enumerable.Range(0, Creates).Select(i => $"concurrent-{i:D3}").ToList();
        var watch = Stopwatch.StartNew();

        var outcomes = await Task.WhenAll(names.Select(name =>
            CreateOutcome.OfAsync(name, () => InstanceCreation.CreateAsync(client, Request(name), CancellationToken.None))));

        var elapsed = watch.Elapsed;
        server.Faults.Clear();
        using var inspector = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(10), maxErrorRetry: 4));
        var problems = await CreateLedger.ProblemsAsync(server, outcomes, inspector, _ => -1);

        output.WriteLine($"{Creates} concurrent creates, seed {seed}, {elapsed.TotalSeconds:F1} s; {queued} faults queued; " +
                         $"{outcomes.Count(o => o.Succeeded)} succeeded ({outcomes.Count(o => o.Created?.RecoveredAfterRetry == true)} recovered), {outcomes.Count(o => !o.Succeeded)} failed");
        output.WriteLine("injected: " + string.Join(", ", server.Stats.Requests.Where(r => r.Fault is not null)
            .GroupBy(r => $"{r.Operation}/{r.Fault}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")));
        output.WriteLine("failures: " + string.Join(", ", outcomes.Where(o => !o.Succeeded)
            .GroupBy(o => o.Failure!.GetType().Name + ":" + (o.Failure as Amazon.Runtime.AmazonServiceException)?.ErrorCode).Select(g => $"{g.Key}={g.Count()}")));

        Assert.True(problems.Count == 0, $"{problems.Count} problems (seed {seed}):\n" + string.Join("\n", problems.Take(30)));
        Assert.Equal(Creates, outcomes.Length);
        Assert.True(server.Stats.Requests.Count(r => r.Fault is not null) >= queued / 2, "most queued faults should have fired");
    }

    /// <summary>Seeded bursts of every kind for CreateInstances, in random order; returns how many injections were queued.</summary>
    private static int QueueBursts(LocalLightsailServer server, Random random)
    {
        Func<Fault>[] kinds =
        [
            () => Fault.Throttle(random.Next(2, 8)),
            () => Fault.InternalError.Times(random.Next(1, 5)),
            () => Fault.Latency(ClientTimeout * 2).Times(random.Next(1, 3)),
            () => Fault.DropConnection.Times(random.Next(1, 4)),
            () => Fault.LostResponse.Times(random.Next(1, 4)),
            () => Fault.MalformedJson.Times(random.Next(1, 3)),
        ];
        var faults = Enumerable.Range(0, 12).Select(i => kinds[i < kinds.Length ? i : random.Next(kinds.Length)]().For("CreateInstances"))
            .OrderBy(_ => random.Next()).ToArray();
        server.Faults.Enqueue(faults);
        return faults.Sum(f => f.Count);
    }

    private static CreateInstancesRequest Request(string name) => new()
    {
        InstanceNames = [name],
        AvailabilityZone = "us-east-1a",
        BlueprintId = Blueprints.Ubuntu24_04,
        BundleId = Bundles.Small3_0,
    };
}
