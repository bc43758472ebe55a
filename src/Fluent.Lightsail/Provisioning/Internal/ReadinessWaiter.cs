using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Provisioning.Internal;

/// <summary>
/// Reads the instances every poll interval until each is <c>running</c> with its public address. Lightsail reports an
/// instance <c>running</c> a little before it has an address, so the state alone is not enough. An instance that is not
/// found is explained by its newest operation: a create still in progress is waited for, a failed one ends the wait with
/// <see cref="InstanceFailedException"/>, anything else with <see cref="InstanceDisappearedException"/>.
/// </summary>
internal static class ReadinessWaiter
{
    private static readonly HashSet<string> StoppedStates = new(StringComparer.OrdinalIgnoreCase)
    {
        "stopping", "stopped", "shutting-down", "terminated",
    };

    /// <summary>
    /// Waits for <paramref name="names"/>, and for <paramref name="operations"/> started for them (by an ensure: its creates
    /// and in-place changes), which must also end well: each is followed with <c>GetOperation</c> until it is final, and a
    /// failed one ends the wait.
    /// </summary>
    public static async Task<IReadOnlyList<ReadyInstance>> WaitAsync(
        ILightsailClient client, IReadOnlyList<string> names, IReadOnlyList<Operation> operations, ReadyOptions options, CancellationToken cancellationToken)
    {
        var watched = operations.Where(o => o.Id != null && !OperationStates.IsTerminal(o)).ToList();
        var delay = options.Delay ?? Task.Delay;
        var seen = names.ToDictionary(name => name, name => new InstanceReadiness(name, null, null, null, false), StringComparer.Ordinal);
        var ready = new Dictionary<string, ReadyInstance>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);

        using var timeout = new CancellationTokenSource();
        if (options.Timeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            while (true)
            {
                var pending = names.Where(name => !ready.ContainsKey(name)).ToList();
                var found = await InstanceReader.ReadAsync(client, pending, linked.Token).ConfigureAwait(false);
                foreach (var name in pending)
                {
                    if (found.TryGetValue(name, out var instance))
                    {
                        var now = InstanceReadiness.Of(instance);
                        Report(options, seen, reported, now);
                        if (now.IsReady)
                        {
                            ready[name] = new ReadyInstance(instance);
                        }
                        else if (now.State != null && StoppedStates.Contains(now.State))
                        {
                            throw new InstanceStoppedException(name, now.State);
                        }
                    }
                    else
                    {
                        await ExplainMissingAsync(client, name, seen[name].State, linked.Token).ConfigureAwait(false);
                    }
                }

                watched = await FollowAsync(client, watched, seen, linked.Token).ConfigureAwait(false);
                if (ready.Count == names.Count && watched.Count == 0)
                {
                    return names.Select(name => ready[name]).ToList();
                }

                await delay(options.PollInterval, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new InstancesNotReadyException(options.Timeout!.Value, names.Where(name => !ready.ContainsKey(name)).Select(name => seen[name]).ToList());
        }
    }

    /// <summary>The operations still running; throws for the first that failed.</summary>
    private static async Task<List<Operation>> FollowAsync(ILightsailClient client, List<Operation> watched, Dictionary<string, InstanceReadiness> seen, CancellationToken cancellationToken)
    {
        var running = new List<Operation>();
        foreach (var operation in watched)
        {
            Operation current;
            try
            {
                current = (await client.GetOperationAsync(new GetOperationRequest { OperationId = operation.Id }, cancellationToken).ConfigureAwait(false)).Operation ?? operation;
            }
            catch (NotFoundException)
            {
                // A new operation can briefly be unknown to GetOperation (eventual consistency): ask again next round.
                current = operation;
            }

            if (OperationStates.IsFailed(current))
            {
                var name = current.ResourceName ?? operation.ResourceName ?? string.Empty;
                throw new InstanceFailedException(name, seen.TryGetValue(name, out var readiness) ? readiness.State : null, current);
            }

            if (!OperationStates.IsTerminal(current))
            {
                running.Add(current);
            }
        }

        return running;
    }

    private static void Report(ReadyOptions options, Dictionary<string, InstanceReadiness> seen, HashSet<string> reported, InstanceReadiness now)
    {
        if (reported.Add(now.Name) || !seen[now.Name].Equals(now))
        {
            seen[now.Name] = now;
            options.Progress?.Report(now);
        }
    }

    /// <summary>
    /// Returns when the name may still appear (its create is in progress); otherwise throws why it will not.
    /// </summary>
    private static async Task ExplainMissingAsync(ILightsailClient client, string name, string? stateSeen, CancellationToken cancellationToken)
    {
        List<Operation> operations;
        try
        {
            operations = (await client.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = name }, cancellationToken).ConfigureAwait(false)).Operations
                ?? new List<Operation>();
        }
        catch (NotFoundException)
        {
            throw new InstanceDisappearedException(name, stateSeen);
        }

        var newest = operations.FirstOrDefault();
        if (newest?.OperationType == OperationType.CreateInstance || newest?.OperationType == OperationType.CreateInstancesFromSnapshot)
        {
            if (OperationStates.IsFailed(newest))
            {
                throw new InstanceFailedException(name, stateSeen, newest);
            }

            if (!OperationStates.IsTerminal(newest) || stateSeen == null)
            {
                // Still being created, or created a moment ago and not visible yet (reads are eventually consistent).
                return;
            }
        }

        throw new InstanceDisappearedException(name, stateSeen);
    }
}
