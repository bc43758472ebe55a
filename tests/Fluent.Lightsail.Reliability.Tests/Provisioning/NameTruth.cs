using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// One instance as the endpoint holds it after a run: its ground truth (<see cref="LocalInstance"/>: tags, creating key
/// and operation), how many <c>CreateInstance</c> operations its name has, and what only the API shows (bundle, the
/// AutoSnapshot add-on).
/// </summary>
internal sealed record NameTruth(LocalInstance Instance, int CreateOperations, string? BundleId, string? AutoSnapshotTime)
{
    public string Name => Instance.Name;

    /// <summary>Reads every instance of the endpoint, with a fault-free inspector client for what the ground truth lacks.</summary>
    public static async Task<IReadOnlyDictionary<string, NameTruth>> ReadAsync(LocalLightsailServer server, ILightsailClient inspector)
    {
        var truths = new System.Collections.Concurrent.ConcurrentDictionary<string, NameTruth>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(server.Instances, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (instance, cancellationToken) =>
        {
            var operations = await inspector.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = instance.Name }, cancellationToken);
            var read = (await inspector.GetInstanceAsync(new GetInstanceRequest { InstanceName = instance.Name }, cancellationToken)).Instance!;
            var autoSnapshot = (read.AddOns ?? []).FirstOrDefault(a => a.Name == "AutoSnapshot" && a.Status == "Enabled");
            truths[instance.Name] = new NameTruth(
                instance,
                (operations.Operations ?? []).Count(o => o.OperationType == OperationType.CreateInstance),
                read.BundleId,
                autoSnapshot?.SnapshotTimeOfDay);
        });

        return new SortedDictionary<string, NameTruth>(truths, StringComparer.Ordinal);
    }
}
