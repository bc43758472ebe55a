using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Makes a retried <c>CreateInstances</c> safe. The operation has no client token and instance names are unique per
/// region, so when an attempt whose response was lost did create the instances, the retry is answered
/// "names already in use". This checks each name with <c>GetInstance</c> and reports success only for instances that
/// exist exactly as requested (blueprint, bundle, zone, created during this call); it never re-creates a name that
/// exists, and creates (once) only the names that do not.
/// </summary>
internal static class RetriedCreateRecovery
{
    /// <summary>
    /// How far before the call an instance's <c>createdAt</c> may lie and still count as ours. Any answer from the
    /// service proves the clocks agree within SigV4's 15-minute window (Core corrects larger skews).
    /// </summary>
    private static readonly TimeSpan CreatedAtTolerance = TimeSpan.FromMinutes(15);

    public static bool IsNameConflict(InvalidInputException exception)
    {
        var message = exception.Message ?? string.Empty;
        return message.IndexOf("already in use", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("already exist", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// Checks every requested name after a retried create met "already in use", or after a create failed in a way
    /// that may have followed the work (see <see cref="UnknownOutcome"/>). Returns the operations of the instances an
    /// earlier attempt created, plus those of one further create for names that do not exist yet; throws
    /// <paramref name="conflict"/> again when any name is held by an instance that is not the one requested, or when no
    /// name was created and <paramref name="createWhenNoneExist"/> is off.
    /// </summary>
    /// <remarks>
    /// <c>createWhenNoneExist</c>: after a create whose outcome is unknown (a timeout, a dropped connection) no instance yet does not prove that the
    /// service refused it: it may still be working on it. The names are then sent once more. Names are unique per
    /// region, so that cannot duplicate an instance: if the first create lands first, the second meets "already in use"
    /// and recognises the instance as this call's own.
    /// </remarks>
    public static async Task<List<Operation>> RecoverAsync(
        LightsailClient client,
        RequestedInstances requested,
        Exception conflict,
        DateTime startedUtc,
        Func<List<string>, CancellationToken, Task<List<Operation>?>> createMissing,
        bool createWhenNoneExist,
        CancellationToken cancellationToken)
    {
        var existing = new List<Instance>();
        var missing = new List<string>();
        foreach (var name in Distinct(requested.Names))
        {
            var instance = await LookUpAsync(client, name, cancellationToken).ConfigureAwait(false);

            if (instance == null)
            {
                missing.Add(name);
            }
            else if (IsAsRequested(instance, requested, startedUtc))
            {
                existing.Add(instance);
            }
            else
            {
                // Someone else's instance holds the name: a real conflict, reported as the service reported it.
                ExceptionDispatchInfo.Capture(conflict).Throw();
            }
        }

        if (existing.Count == 0 && !createWhenNoneExist)
        {
            ExceptionDispatchInfo.Capture(conflict).Throw();
        }

        var operations = new List<Operation>();
        foreach (var instance in existing)
        {
            operations.Add(await FindCreateOperationAsync(client, instance, cancellationToken).ConfigureAwait(false));
        }

        if (missing.Count > 0)
        {
            operations.AddRange(await createMissing(missing, cancellationToken).ConfigureAwait(false) ?? new List<Operation>());
        }

        return InRequestedOrder(operations, requested.Names);
    }

    /// <summary>
    /// <c>GetInstance</c> for one name, null when it does not exist. Tried a few times on transient errors even when
    /// Core's retry quota is spent: this answer decides between a success and a false failure, and it is a read.
    /// </summary>
    private static async Task<Instance?> LookUpAsync(LightsailClient client, string name, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name }, cancellationToken).ConfigureAwait(false)).Instance;
            }
            catch (NotFoundException)
            {
                return null;
            }
            catch (Exception exception) when (attempt < LookUpAttempts && IsTransient(exception, cancellationToken))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private const int LookUpAttempts = 4;

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return exception is not AmazonServiceException service
            || service is AmazonUnmarshallingException
            || (int)service.StatusCode >= 500
            || (int)service.StatusCode == 429
            || (service.ErrorCode ?? string.Empty).IndexOf("Throttl", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static bool IsAsRequested(Instance instance, RequestedInstances requested, DateTime startedUtc) =>
        (requested.BlueprintId == null || string.Equals(instance.BlueprintId, requested.BlueprintId, StringComparison.Ordinal))
        && string.Equals(instance.BundleId, requested.BundleId, StringComparison.Ordinal)
        && string.Equals(instance.Location?.AvailabilityZone, requested.AvailabilityZone, StringComparison.Ordinal)
        && (instance.CreatedAt is not { } createdAt || createdAt.ToUniversalTime() >= startedUtc - CreatedAtTolerance);

    /// <summary>
    /// The instance's newest <c>CreateInstance</c> operation, so that waiting can poll it like any other. Where
    /// <c>GetOperationsForResource</c> is unavailable (an endpoint that does not implement it), an operation is
    /// synthesised from the instance's state; it has no id, and waiting polls <c>GetInstance</c> for it instead.
    /// </summary>
    private static async Task<Operation> FindCreateOperationAsync(LightsailClient client, Instance instance, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetOperationsForResourceAsync(
                new GetOperationsForResourceRequest { ResourceName = instance.Name },
                cancellationToken).ConfigureAwait(false);
            foreach (var operation in response.Operations ?? new List<Operation>())
            {
                if (operation.OperationType == OperationType.CreateInstance && operation.Id != null)
                {
                    return operation;
                }
            }
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Fall through to the synthesised operation: the instance exists, which is what the caller needs to know.
        }

        return InstanceOperations.Synthesize(instance);
    }

    /// <summary>One operation per name, in the order the caller named the instances, as a normal response has them.</summary>
    private static List<Operation> InRequestedOrder(List<Operation> operations, List<string> names)
    {
        var ordered = new List<Operation>(operations.Count);
        foreach (var name in Distinct(names))
        {
            ordered.AddRange(operations.FindAll(o => string.Equals(o.ResourceName, name, StringComparison.Ordinal)));
        }

        ordered.AddRange(operations.FindAll(o => !ordered.Contains(o)));
        return ordered;
    }

    private static IEnumerable<string> Distinct(List<string>? names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names ?? new List<string>())
        {
            if (name != null && seen.Add(name))
            {
                yield return name;
            }
        }
    }
}
