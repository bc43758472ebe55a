using System.Globalization;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Local.State;

/// <summary>
/// The instances and operations of one region, in memory. One lock guards everything: requests are small and the
/// check-then-insert of unique names must be atomic.
/// </summary>
internal sealed class LightsailState(string region, string accountId, IReadOnlyDictionary<string, SnapshotSource>? snapshots = null)
{
    public const string DefaultKeyPairName = "LightsailDefaultKeyPair";

    private readonly object gate = new();
    private readonly Dictionary<string, InstanceRecord> instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationRecord> operations = new(StringComparer.Ordinal);
    private readonly List<OperationRecord> operationOrder = [];
    private int addressCounter;

    public string Region => region;

    public IReadOnlyList<OperationRecord> CreateInstances(
        InstanceSpec spec, DateTimeOffset now, TimeSpan duration, OperationFailure? failure, Requester requester, string operationType = "CreateInstance")
    {
        lock (gate)
        {
            // Wall-clock, taken under the lock: the moment the names became visible to every other request.
            var reservedAtUtc = DateTimeOffset.UtcNow;
            Sweep(now);
            var inUse = spec.Names.Where(instances.ContainsKey).ToList();
            if (inUse.Count > 0)
            {
                throw ServiceErrors.InvalidInput("Some names are already in use: " + string.Join(", ", inUse));
            }

            var created = new List<OperationRecord>();
            foreach (var name in spec.Names)
            {
                var operation = NewOperation(name, operationType, spec.AvailabilityZone, now, duration, failure);
                var id = Guid.NewGuid();
                var n = ++addressCounter;
                instances[name] = new InstanceRecord
                {
                    Name = name,
                    Arn = $"arn:aws:lightsail:{region}:{accountId}:Instance/{id}",
                    SupportCode = $"{accountId}/i-{id.ToString("N")[..17]}",
                    CreatedAt = now,
                    Region = region,
                    AvailabilityZone = spec.AvailabilityZone,
                    Blueprint = spec.Blueprint,
                    Settings = new InstanceSettings(spec.Bundle, spec.IpAddressType, spec.Tags, spec.AddOns),
                    SshKeyName = spec.KeyPairName ?? DefaultKeyPairName,
                    // Documentation address ranges (RFC 5737, RFC 3849): realistic shapes, never someone's host.
                    PrivateIpAddress = $"172.26.{n / 250 % 250}.{n % 250 + 4}",
                    // Both are reserved whatever the IP address type: SetIpAddressType may switch it later.
                    PublicIpv4Address = $"203.0.113.{n % 254 + 1}",
                    Ipv6Address = $"2001:db8:{n / 65536:x}:{n % 65536:x}::1",
                    UserData = spec.UserData,
                    CreateOperation = operation,
                    CreatedBy = requester,
                    ReservedAtUtc = reservedAtUtc,
                };
                created.Add(operation);
            }

            return created;
        }
    }

    public SnapshotSource FindInstanceSnapshot(string name) =>
        snapshots is not null && snapshots.TryGetValue(name, out var snapshot)
            ? snapshot
            : throw ServiceErrors.NotFound($"The InstanceSnapshot does not exist: {name}");

    /// <summary>
    /// Automatic snapshots exist, one a day, for running instances with the AutoSnapshot add-on: from the day the
    /// instance was created up to today.
    /// </summary>
    public SnapshotSource FindAutoSnapshot(string sourceInstanceName, DateOnly? restoreDate, DateTimeOffset now)
    {
        var instance = GetInstance(sourceInstanceName, now);
        if (!instance.AddOns.Any(addOn => addOn.Name == "AutoSnapshot"))
        {
            throw ServiceErrors.InvalidInput($"The instance {sourceInstanceName} has no automatic snapshots: its AutoSnapshot add-on is not enabled.");
        }

        var first = DateOnly.FromDateTime(instance.CreatedAt.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!instance.CreateOperation.SucceededAt(now) || (restoreDate is { } date && (date < first || date > today)))
        {
            throw ServiceErrors.NotFound(restoreDate is { } missing
                ? $"There is no automatic snapshot of {sourceInstanceName} for {missing:yyyy-MM-dd}."
                : $"There is no automatic snapshot of {sourceInstanceName} yet.");
        }

        return new SnapshotSource(instance.Blueprint, instance.Bundle);
    }

    public OperationRecord DeleteInstance(string name, DateTimeOffset now, TimeSpan duration, OperationFailure? failure)
    {
        lock (gate)
        {
            Sweep(now);
            if (!instances.TryGetValue(name, out var instance))
            {
                throw NotFound(name);
            }

            if (instance.IsBeingDeletedAt(now))
            {
                throw ServiceErrors.InvalidInput($"The instance {name} is already being deleted.");
            }

            var operation = NewOperation(name, "DeleteInstance", instance.AvailabilityZone, now, duration, failure);
            instance.DeleteOperation = operation;
            return operation;
        }
    }

    /// <summary>
    /// Changes an instance in place and records one operation for it, as every Lightsail change does.
    /// <paramref name="change"/> computes the new settings from the current ones, or throws the service's error;
    /// nothing is recorded then. An injected operation failure records the operation (it ends <c>Failed</c>) but
    /// leaves the instance as it was.
    /// </summary>
    public OperationRecord ChangeInstance(
        string name, string operationType, DateTimeOffset now, TimeSpan duration, OperationFailure? failure, Func<InstanceRecord, InstanceSettings> change)
    {
        lock (gate)
        {
            Sweep(now);
            if (!instances.TryGetValue(name, out var instance))
            {
                throw NotFound(name);
            }

            if (instance.IsBeingDeletedAt(now))
            {
                throw ServiceErrors.InvalidInput($"The instance {name} is being deleted.");
            }

            var settings = change(instance);
            var operation = NewOperation(name, operationType, instance.AvailabilityZone, now, duration, failure);
            if (failure is null)
            {
                instance.Settings = settings;
            }

            return operation;
        }
    }

    public InstanceRecord GetInstance(string name, DateTimeOffset now)
    {
        lock (gate)
        {
            Sweep(now);
            return instances.TryGetValue(name, out var instance) ? instance : throw NotFound(name);
        }
    }

    /// <summary>
    /// One page of <c>GetInstances</c>. The token names the last instance of the page (not an offset), so instances
    /// created or deleted between two pages neither repeat nor push others off a page.
    /// </summary>
    public (IReadOnlyList<InstanceRecord> Page, string? NextPageToken) GetInstancesPage(DateTimeOffset now, string? pageToken, int pageSize)
    {
        lock (gate)
        {
            Sweep(now);
            var ordered = InListOrder(instances.Values);
            if (pageToken is not null)
            {
                var after = PageToken.Parse(pageToken);
                ordered = ordered.Where(i => PageToken.Compare(i, after) > 0);
            }

            var page = ordered.Take(pageSize + 1).ToList();
            if (page.Count <= pageSize)
            {
                return (page, null);
            }

            page.RemoveAt(pageSize);
            return (page, PageToken.After(page[^1]));
        }
    }

    /// <summary>Every instance that exists now, in list order (the endpoint's ground truth for tests).</summary>
    public IReadOnlyList<InstanceRecord> GetInstances(DateTimeOffset now)
    {
        lock (gate)
        {
            Sweep(now);
            return InListOrder(instances.Values).ToList();
        }
    }

    private static IEnumerable<InstanceRecord> InListOrder(IEnumerable<InstanceRecord> records) =>
        records.OrderBy(i => i.CreatedAt).ThenBy(i => i.Name, StringComparer.Ordinal);

    public OperationRecord GetOperation(string id)
    {
        lock (gate)
        {
            return operations.TryGetValue(id, out var operation)
                ? operation
                : throw ServiceErrors.NotFound($"The Operation does not exist: {id}");
        }
    }

    /// <summary>Newest first, as the service lists them.</summary>
    public IReadOnlyList<OperationRecord> GetOperations()
    {
        lock (gate)
        {
            return Enumerable.Reverse(operationOrder).ToList();
        }
    }

    public IReadOnlyList<string> InstanceNames(DateTimeOffset now)
    {
        lock (gate)
        {
            Sweep(now);
            return instances.Keys.Order(StringComparer.Ordinal).ToList();
        }
    }

    private OperationRecord NewOperation(string name, string type, string zone, DateTimeOffset now, TimeSpan duration, OperationFailure? failure)
    {
        var operation = new OperationRecord
        {
            Id = Guid.NewGuid().ToString(),
            ResourceName = name,
            OperationType = type,
            Region = region,
            AvailabilityZone = zone,
            CreatedAt = now,
            Duration = duration,
            Failure = failure,
            OperationDetails = string.Empty,
        };
        operations[operation.Id] = operation;
        operationOrder.Add(operation);
        return operation;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var gone in instances.Values.Where(i => i.IsGoneAt(now)).Select(i => i.Name).ToList())
        {
            instances.Remove(gone);
        }
    }

    private static ServiceError NotFound(string name) =>
        ServiceErrors.NotFound(string.Create(CultureInfo.InvariantCulture, $"The Instance does not exist: {name}"));
}
