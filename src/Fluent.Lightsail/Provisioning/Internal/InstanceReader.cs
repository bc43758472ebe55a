using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>
/// Reads the instances of a set of names: <c>GetInstance</c> per name for a handful, otherwise <c>GetInstances</c> page by
/// page until every name has been seen. <c>GetInstances</c> lists the whole region, other people's instances included,
/// so for a few names one request each is cheaper and reads nothing else; for a fleet, one request per page of the
/// region beats one per name, and the walk stops as soon as every name has been found.
/// </summary>
internal static class InstanceReader
{
    /// <summary>Up to this many names are read one by one.</summary>
    public const int ByNameLimit = 4;

    /// <summary>The instances found, by name; a name without an instance is absent.</summary>
    public static async Task<Dictionary<string, Instance>> ReadAsync(ILightsailClient client, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Instance>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return found;
        }

        if (names.Count <= ByNameLimit)
        {
            foreach (var name in names)
            {
                if (await ReadOneAsync(client, name, cancellationToken).ConfigureAwait(false) is { } instance)
                {
                    found[name] = instance;
                }
            }

            return found;
        }

        var wanted = new HashSet<string>(names, StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await client.GetInstancesAsync(new GetInstancesRequest { PageToken = token }, cancellationToken).ConfigureAwait(false);
            foreach (var instance in page.Instances ?? new List<Instance>())
            {
                if (instance?.Name != null && wanted.Contains(instance.Name))
                {
                    found[instance.Name] = instance;
                }
            }

            token = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token) && found.Count < wanted.Count);

        return found;
    }

    /// <summary>One name's instance, or <see langword="null"/> when Lightsail has none by that name.</summary>
    public static async Task<Instance?> ReadOneAsync(ILightsailClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name }, cancellationToken).ConfigureAwait(false)).Instance;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The request's names without repeats, in the order given.</summary>
    public static List<string> DistinctNames(IEnumerable<string>? names) =>
        (names ?? Enumerable.Empty<string>()).Where(name => name != null).Distinct(StringComparer.Ordinal).ToList();
}
