using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Reliability.Worker;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// Creates, before any ensure runs, pool names the way someone else left them: other tags (one of them a key the
/// fleet does not want) and no AutoSnapshot; the <paramref name="replace"/> ones also on another bundle.
/// </summary>
internal static class DriftPlanter
{
    public static async Task<IReadOnlyList<PlantedDrift>> PlantAsync(LocalLightsailServer server, ILightsailClient client, IReadOnlyList<string> reconcilable, IReadOnlyList<string> replace)
    {
        await CreateAsync(client, reconcilable, Bundles.Small3_0);
        await CreateAsync(client, replace, Bundles.Medium3_0);
        var operations = server.Instances.ToDictionary(i => i.Name, i => i.CreateOperationId, StringComparer.Ordinal);
        return [.. reconcilable.Select(n => new PlantedDrift(n, operations[n], NeedsReplacement: false)), .. replace.Select(n => new PlantedDrift(n, operations[n], NeedsReplacement: true))];
    }

    private static async Task CreateAsync(ILightsailClient client, IReadOnlyList<string> names, string bundle)
    {
        if (names.Count == 0)
        {
            return;
        }

        await client.CreateInstancesAsync(new CreateInstancesRequest
        {
            InstanceNames = [.. names],
            AvailabilityZone = EnsureFleet.Zone,
            BlueprintId = Blueprints.Ubuntu24_04,
            BundleId = bundle,
            Tags = [new Tag { Key = "role", Value = "legacy" }, new Tag { Key = "owner", Value = "someone-else" }],
        });
    }
}
