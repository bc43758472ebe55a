using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>
/// Creates the missing names with one <c>CreateInstances</c>, then changes existing instances in place as the options
/// allow. When another caller creates one of the names first, the create is refused whole ("already in use"), or the
/// client's recovery reports the name taken (<see cref="InstanceNameStatus.ExistsNotOurs"/>): the names are read again,
/// those now taken count as existing (and are compared like any other), and the rest are created in another round.
/// </summary>
internal static class FleetEnsurer
{
    /// <summary>Each race round moves at least one name from missing to existing; this bounds a pathological create-delete churn.</summary>
    private const int MaxCreateRounds = 8;

    public static async Task<EnsureResult> EnsureAsync(ILightsailClient client, CreateInstancesRequest desired, EnsureOptions options, CancellationToken cancellationToken)
    {
        var names = InstanceReader.DistinctNames(desired.InstanceNames);
        var existing = await InstanceReader.ReadAsync(client, names, cancellationToken).ConfigureAwait(false);
        var plan = FleetPlanner.Plan(desired, names, existing);

        var created = new HashSet<string>(StringComparer.Ordinal);
        var createOperations = new List<Operation>();
        var missing = plan.ToCreate.ToList();
        for (var round = 1; missing.Count > 0; round++)
        {
            try
            {
                var response = await client.CreateInstancesAsync(RequestCopies.WithNames(desired, missing), cancellationToken).ConfigureAwait(false);
                created.UnionWith(missing);
                createOperations.AddRange(response.Operations ?? new List<Operation>());
                break;
            }
            catch (AmazonLightsailException race) when (round < MaxCreateRounds && IsRace(race))
            {
                foreach (var ours in race.InstanceOutcomes?.Where(o => o.Status == InstanceNameStatus.CreatedByThisCall) ?? Enumerable.Empty<InstanceNameOutcome>())
                {
                    created.Add(ours.Name);
                    if (ours.Operation != null)
                    {
                        createOperations.Add(ours.Operation);
                    }
                }

                var unresolved = missing.Where(name => !created.Contains(name)).ToList();
                var taken = await InstanceReader.ReadAsync(client, unresolved, cancellationToken).ConfigureAwait(false);
                foreach (var pair in taken)
                {
                    existing[pair.Key] = pair.Value;
                }

                missing = unresolved.Where(name => !taken.ContainsKey(name)).ToList();
            }
        }

        var requested = RequestedInstances.Of(desired);
        var changes = new List<InstanceChange>();
        var drift = new List<InstancePlan>();
        foreach (var name in names.Where(existing.ContainsKey))
        {
            var differences = InstanceComparison.Differences(existing[name], requested);
            var toChange = differences.Where(d => options.Reconciles(d.Kind)).ToList();
            changes.AddRange(await InPlaceChanges.ApplyAsync(client, name, desired, toChange, options, cancellationToken).ConfigureAwait(false));
            var left = differences.Except(toChange).ToList();
            if (left.Count > 0)
            {
                drift.Add(new InstancePlan(name, existing[name], left));
            }
        }

        return new EnsureResult(
            plan,
            names.Where(created.Contains).ToList(),
            createOperations,
            names.Where(name => existing.ContainsKey(name) && !created.Contains(name)).ToList(),
            changes,
            drift);
    }

    /// <summary>Another caller holds a name: a refused create ("already in use"), or a recovery that found a name taken.</summary>
    private static bool IsRace(AmazonLightsailException exception) =>
        (exception is InvalidInputException invalid && RetriedCreateRecovery.IsNameConflict(invalid))
        || (exception.InstanceOutcomes?.Any(o => o.Status == InstanceNameStatus.ExistsNotOurs) ?? false);
}
