using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// The result of creating instances: the request that was sent and the operations Lightsail started, one per
/// instance. <see cref="WaitAsync(ILightsailClient, WaitOptions?, IProgress{OperationProgress}?, CancellationToken)"/>
/// polls them until each has finished.
/// </summary>
public sealed class CreatedInstances
{
    /// <summary>Wraps a request and the service's answer to it.</summary>
    public CreatedInstances(CreateInstancesRequest request, CreateInstancesResponse response)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Response = response ?? throw new ArgumentNullException(nameof(response));
        Operations = (response.Operations ?? new List<Operation>()).ToArray();
    }

    /// <summary>The request that was sent.</summary>
    public CreateInstancesRequest Request { get; }

    /// <summary>The service's answer (request id, and whether it was recovered after a retry).</summary>
    public CreateInstancesResponse Response { get; }

    /// <summary>The operations as the create call returned them.</summary>
    public IReadOnlyList<Operation> Operations { get; }

    /// <summary>
    /// The warnings and notes of the request that was sent (rules it breaks that did not block it), at the levels of
    /// <see cref="ValidationOptions.Default"/>; empty when it breaks none.
    /// </summary>
    public IReadOnlyList<Rules.RuleViolation> Warnings =>
        _warnings ??= CreateInstancesRequestValidator.Validate(Request).Where(violation => violation.Severity != Rules.RuleSeverity.Error).ToArray();

    private IReadOnlyList<Rules.RuleViolation>? _warnings;

    /// <summary>
    /// <see langword="true"/> when a retried create found the instances already made by an attempt whose response was
    /// lost; see <see cref="CreateInstancesResponse.RecoveredAfterRetry"/>.
    /// </summary>
    public bool RecoveredAfterRetry => Response.RecoveredAfterRetry;

    /// <summary>Waits with the default <see cref="WaitOptions"/>.</summary>
    public Task<IReadOnlyList<Operation>> WaitAsync(ILightsailClient client, CancellationToken cancellationToken) =>
        WaitAsync(client, null, null, cancellationToken);

    /// <summary>
    /// Polls <c>GetOperation</c> for every operation that has not finished, with exponential backoff, until all have.
    /// </summary>
    /// <returns>The final state of every operation, in creation order.</returns>
    /// <exception cref="OperationFailedException">One or more operations failed; it lists them with their error codes
    /// and details, and carries the ones that succeeded.</exception>
    /// <exception cref="TimeoutException"><see cref="WaitOptions.Timeout"/> passed; the message names the operations still
    /// pending.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<Operation>> WaitAsync(
        ILightsailClient client,
        WaitOptions? options = null,
        IProgress<OperationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (client == null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        options ??= new WaitOptions();
        options.Validate();
        var delay = options.Delay ?? Task.Delay;
        var random = new Random();
        var current = Operations.ToArray();
        var stopwatch = Stopwatch.StartNew();
        var poll = 0;

        using var timeout = new CancellationTokenSource();
        if (options.Timeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        progress?.Report(new OperationProgress(current.ToArray(), poll, stopwatch.Elapsed));
        try
        {
            var nextDelay = options.InitialDelay;
            while (current.Any(o => !OperationStates.IsTerminal(o)))
            {
                linked.Token.ThrowIfCancellationRequested();
                await delay(options.Jitter ? Jittered(nextDelay, random) : nextDelay, linked.Token).ConfigureAwait(false);
                poll++;
                for (var i = 0; i < current.Length; i++)
                {
                    if (!OperationStates.IsTerminal(current[i]))
                    {
                        current[i] = await RefreshAsync(client, current[i], linked.Token).ConfigureAwait(false);
                    }
                }

                progress?.Report(new OperationProgress(current.ToArray(), poll, stopwatch.Elapsed));
                nextDelay = Grow(nextDelay, options);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var pending = current.Where(o => !OperationStates.IsTerminal(o)).Select(OperationStates.Describe);
            throw new TimeoutException(
                $"Timed out after {options.Timeout} waiting for Lightsail operations; still pending: {string.Join("; ", pending)}.");
        }

        var failed = current.Where(OperationStates.IsFailed).ToArray();
        if (failed.Length > 0)
        {
            throw new OperationFailedException(failed, current.Where(o => !OperationStates.IsFailed(o)).ToArray());
        }

        return current;
    }

    /// <summary>
    /// The latest state of one operation. A new operation can briefly be unknown to <c>GetOperation</c> (eventual
    /// consistency), so "not found" keeps the last state and polls again. An operation synthesised after a recovered
    /// retry has no id; its instance's state tells whether creation has finished.
    /// </summary>
    private static async Task<Operation> RefreshAsync(ILightsailClient client, Operation operation, CancellationToken cancellationToken)
    {
        try
        {
            if (operation.Id == null)
            {
                var instance = (await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = operation.ResourceName }, cancellationToken).ConfigureAwait(false)).Instance;
                return instance == null ? operation : InstanceOperations.Synthesize(instance);
            }

            var response = await client.GetOperationAsync(new GetOperationRequest { OperationId = operation.Id }, cancellationToken).ConfigureAwait(false);
            return response.Operation ?? operation;
        }
        catch (NotFoundException)
        {
            return operation;
        }
    }

    private static TimeSpan Grow(TimeSpan delay, WaitOptions options)
    {
        var grown = TimeSpan.FromTicks((long)Math.Min(delay.Ticks * options.BackoffMultiplier, options.MaxDelay.Ticks));
        return grown < options.InitialDelay ? options.InitialDelay : grown;
    }

    private static TimeSpan Jittered(TimeSpan delay, Random random) =>
        TimeSpan.FromTicks(delay.Ticks / 2 + (long)(random.NextDouble() * (delay.Ticks - delay.Ticks / 2)));
}
