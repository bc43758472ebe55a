using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Makes a retried or unanswered <c>CreateInstances</c> safe. The operation has no client token and instance names are
/// unique per region, so when an attempt whose response was lost did create the instances, a retry is answered "names
/// already in use", and a call that gave up cannot tell whether it created anything. This checks each name with
/// <c>GetInstance</c> and claims an instance only when it is this call's (<see cref="InstanceMatch"/>: every requested
/// member; <see cref="CallStart"/>: created after the call started); it never re-creates a name that exists, and
/// creates (once) only the names that do not. Every way out is a success or a typed exception that says per name what
/// is known (<see cref="AmazonLightsailException.InstanceOutcomes"/>).
/// </summary>
internal static class RetriedCreateRecovery
{
    private const int LookUpAttempts = 4;

    /// <summary>
    /// Before concluding that an unanswered create did not happen, the names are looked up again after these delays:
    /// a create held in the network, or queued by the service, gets this long to land.
    /// </summary>
    private static readonly TimeSpan[] LookAgainDelays = { TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) };

    public static bool IsNameConflict(InvalidInputException exception)
    {
        var message = exception.Message ?? string.Empty;
        return message.IndexOf("already in use", StringComparison.OrdinalIgnoreCase) >= 0
            || message.IndexOf("already exist", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// Checks every requested name after a retried create met "already in use", or after a create failed in a way that
    /// may have followed the work (see <see cref="UnknownOutcome"/>). Returns the operations of the instances this call
    /// created, plus those of one further create for names that do not exist yet; otherwise throws
    /// <paramref name="failure"/> (typed) with the per-name outcomes, or an <see cref="IncompleteCreateException"/> when
    /// some names were created by this call or could not be checked.
    /// </summary>
    /// <remarks>
    /// <c>createWhenNoneExist</c>: after a create whose outcome is unknown (a timeout, a dropped connection), no instance
    /// yet does not prove the service refused it: it may still be working on it. The names are then sent once more.
    /// Names are unique per region, so that cannot duplicate an instance: if the first create lands first, the second
    /// meets "already in use" and recognises the instance as this call's own. Without a re-send, the names are looked
    /// up again after a bounded delay before the call fails.
    /// </remarks>
    public static async Task<List<Operation>> RecoverAsync(
        LightsailClient client,
        RequestedInstances requested,
        Exception failure,
        CallStart start,
        Func<List<string>, CancellationToken, Task<List<Operation>?>> createMissing,
        bool createWhenNoneExist,
        CancellationToken cancellationToken)
    {
        var checks = Distinct(requested.Names).Select(name => new NameCheck(name)).ToList();
        await LookUpAsync(client, checks, start, cancellationToken).ConfigureAwait(false);
        Classify(checks, requested, start);
        if (!createWhenNoneExist && MightStillLand(checks))
        {
            await LookAgainAsync(client, checks, requested, start, cancellationToken).ConfigureAwait(false);
        }

        var ending = failure;
        var missing = checks.Where(c => c.Status is InstanceNameStatus.NotFound or InstanceNameStatus.Unknown).ToList();
        var anyOurs = checks.Any(c => c.Status == InstanceNameStatus.CreatedByThisCall);
        var anyTaken = checks.Any(c => c.Status == InstanceNameStatus.ExistsNotOurs);
        if (missing.Count > 0 && !anyTaken && (anyOurs || createWhenNoneExist))
        {
            try
            {
                var created = await createMissing(missing.Select(c => c.Name).ToList(), cancellationToken).ConfigureAwait(false) ?? new List<Operation>();
                foreach (var check in missing)
                {
                    check.Operation = created.Find(o => string.Equals(o.ResourceName, check.Name, StringComparison.Ordinal));
                    check.Status = InstanceNameStatus.CreatedByThisCall;
                }
            }
            catch (Exception missingFailure) when (!IsCallerCancellation(missingFailure, cancellationToken))
            {
                // The re-send checked its own names when it could; keep what it learned, and report its failure. A
                // refused re-send says nothing about the first create, which may still land: look again first.
                ending = missingFailure;
                Merge(checks, (missingFailure as AmazonLightsailException)?.InstanceOutcomes);
                await LookAgainAsync(client, checks, requested, start, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var ours in checks.Where(c => c.Status == InstanceNameStatus.CreatedByThisCall && c.Operation == null && c.Instance != null))
        {
            ours.Operation = await FindCreateOperationAsync(client, ours.Instance!, cancellationToken).ConfigureAwait(false);
        }

        if (checks.All(c => c.Status == InstanceNameStatus.CreatedByThisCall))
        {
            return checks.Where(c => c.Operation != null).Select(c => c.Operation!).ToList();
        }

        throw Failure(ending, requested.Operation, checks);
    }

    /// <summary>The typed exception that ends a recovery that did not create every name.</summary>
    private static AmazonLightsailException Failure(Exception ending, string operation, List<NameCheck> checks)
    {
        var typed = UnknownOutcome.Typed(ending, operation);
        var outcomes = checks.Select(c => c.ToOutcome()).ToList();
        if (outcomes.Any(o => o.Status is InstanceNameStatus.CreatedByThisCall or InstanceNameStatus.Unknown))
        {
            return new IncompleteCreateException(typed, outcomes);
        }

        typed.InstanceOutcomes = outcomes;
        return typed;
    }

    /// <summary>
    /// Looks up the names still not found again, after each of <see cref="LookAgainDelays"/>, until none is left: a
    /// create held in the network or queued by the service gets that long to land before the call concludes anything.
    /// </summary>
    private static async Task LookAgainAsync(LightsailClient client, List<NameCheck> checks, RequestedInstances requested, CallStart start, CancellationToken cancellationToken)
    {
        foreach (var delay in LookAgainDelays)
        {
            var notFound = checks.Where(c => c.Status == InstanceNameStatus.NotFound).ToList();
            if (notFound.Count == 0)
            {
                return;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            await LookUpAsync(client, notFound, start, cancellationToken).ConfigureAwait(false);
            Classify(checks, requested, start);
        }
    }

    /// <summary>Whether an unanswered create might still land: nothing of it is visible yet, and no other instance holds a name.</summary>
    private static bool MightStillLand(List<NameCheck> checks) =>
        checks.Any(c => c.Status == InstanceNameStatus.NotFound)
        && checks.All(c => c.Status is InstanceNameStatus.NotFound or InstanceNameStatus.Unknown);

    private static void Classify(List<NameCheck> checks, RequestedInstances requested, CallStart start)
    {
        foreach (var check in checks.Where(c => c.Instance != null))
        {
            check.Status = InstanceMatch.IsAsRequested(check.Instance!, requested) && start.MayHaveCreated(check.Instance!.CreatedAt)
                ? InstanceNameStatus.CreatedByThisCall
                : InstanceNameStatus.ExistsNotOurs;
        }
    }

    private static void Merge(List<NameCheck> checks, IReadOnlyList<InstanceNameOutcome>? learned)
    {
        foreach (var outcome in learned ?? Array.Empty<InstanceNameOutcome>())
        {
            var check = checks.Find(c => string.Equals(c.Name, outcome.Name, StringComparison.Ordinal));
            if (check != null)
            {
                check.Status = outcome.Status;
                check.Operation = outcome.Operation;
                check.CheckedAtUtc = outcome.CheckedAtUtc ?? check.CheckedAtUtc;
            }
        }
    }

    private static async Task LookUpAsync(LightsailClient client, List<NameCheck> checks, CallStart start, CancellationToken cancellationToken)
    {
        foreach (var check in checks)
        {
            await LookUpAsync(client, check, start, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>GetInstance</c> for one name. Tried a few times on transient errors even when Core's retry quota is spent: this
    /// answer decides between a success and a false failure, and it is a read. A name no look-up could check is
    /// <see cref="InstanceNameStatus.Unknown"/>; a name found is classified by the caller.
    /// </summary>
    private static async Task LookUpAsync(LightsailClient client, NameCheck check, CallStart start, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var sentUtc = DateTime.UtcNow;
            try
            {
                var response = await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = check.Name }, cancellationToken).ConfigureAwait(false);
                start.Observe(response.ServerClockOffsetAtMost);
                check.CheckedAtUtc = sentUtc;
                check.Instance = response.Instance;
                check.Status = response.Instance == null ? InstanceNameStatus.NotFound : InstanceNameStatus.ExistsNotOurs;
                return;
            }
            catch (NotFoundException)
            {
                check.CheckedAtUtc = sentUtc;
                check.Instance = null;
                check.Status = InstanceNameStatus.NotFound;
                return;
            }
            catch (Exception exception) when (!IsCallerCancellation(exception, cancellationToken))
            {
                if (attempt >= LookUpAttempts || !IsTransient(exception))
                {
                    // Keep what an earlier round learned; a name never answered stays Unknown.
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100 << attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsCallerCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    /// <summary>A look-up that went unanswered (raw, or typed by <c>GetInstanceAsync</c>), was throttled or met a 5xx.</summary>
    private static bool IsTransient(Exception exception) =>
        UnknownOutcome.IsUnanswered(exception)
        || exception is not AmazonServiceException service
        || (int)service.StatusCode >= 500
        || (int)service.StatusCode == 429
        || (service.ErrorCode ?? string.Empty).IndexOf("Throttl", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// The instance's newest <c>CreateInstance</c> operation, so that waiting can poll it like any other. Where
    /// <c>GetOperationsForResource</c> is unavailable (an endpoint that does not implement it, or a failed look-up), an
    /// operation is synthesised from the instance's state; it has no id, and waiting polls <c>GetInstance</c> for it.
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
        catch (Exception exception) when (!IsCallerCancellation(exception, cancellationToken))
        {
            // Fall through to the synthesised operation: the instance exists, which is what the caller needs to know.
        }

        return InstanceOperations.Synthesize(instance);
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
