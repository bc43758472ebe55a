using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>Compares the desired request with what Lightsail has, name by name (<see cref="InstanceComparison"/>).</summary>
internal static class FleetPlanner
{
    public static async Task<FleetPlan> PlanAsync(ILightsailClient client, CreateInstancesRequest desired, CancellationToken cancellationToken)
    {
        var names = InstanceReader.DistinctNames(desired.InstanceNames);
        var found = await InstanceReader.ReadAsync(client, names, cancellationToken).ConfigureAwait(false);
        return Plan(desired, names, found);
    }

    public static FleetPlan Plan(CreateInstancesRequest desired, IEnumerable<string> names, IReadOnlyDictionary<string, Instance> found)
    {
        var requested = RequestedInstances.Of(desired);
        return new FleetPlan(desired, names.Select(name => PlanOne(name, requested, found)).ToList());
    }

    public static InstancePlan PlanOne(string name, RequestedInstances requested, IReadOnlyDictionary<string, Instance> found) =>
        found.TryGetValue(name, out var instance)
            ? new InstancePlan(name, instance, InstanceComparison.Differences(instance, requested))
            : new InstancePlan(name, null, new List<InstanceDifference>());
}
