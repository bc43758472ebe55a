using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Provisioning.Internal;

namespace Fluent.Lightsail;

/// <summary>
/// Provisioning a fleet from a desired <see cref="CreateInstancesRequest"/>: plan what would change, ensure the
/// instances exist (creating only the missing names, never deleting), and wait until they are reachable. Each validates
/// the request with the Lightsail rules before any network call.
/// </summary>
public static class LightsailProvisioning
{
    /// <summary>
    /// Reads the named instances and compares each with the desired one; changes nothing. Up to four names are read with
    /// <c>GetInstance</c> each, more with <c>GetInstances</c> page by page.
    /// </summary>
    /// <exception cref="LightsailValidationException">The request breaks a Lightsail rule; nothing was sent.</exception>
    public static Task<FleetPlan> PlanInstancesAsync(this ILightsailClient client, CreateInstancesRequest desired, CancellationToken cancellationToken = default)
    {
        CheckArguments(client, desired);
        return FleetPlanner.PlanAsync(client, desired, cancellationToken);
    }

    /// <summary>
    /// Makes the desired instances exist: one <c>CreateInstances</c> for every missing name; existing instances are
    /// changed in place only as <paramref name="options"/> allow (by default not at all), and what only a new instance
    /// could change is reported in <see cref="EnsureResult.Drift"/>. Never deletes or replaces anything. Safe to run
    /// again, and while another caller ensures the same names: each name is created once.
    /// </summary>
    /// <exception cref="LightsailValidationException">The request breaks a Lightsail rule; nothing was sent.</exception>
    public static Task<EnsureResult> EnsureInstancesAsync(this ILightsailClient client, CreateInstancesRequest desired, EnsureOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckArguments(client, desired);
        return FleetEnsurer.EnsureAsync(client, desired, options ?? new EnsureOptions(), cancellationToken);
    }

    /// <summary>
    /// Waits until every named instance is <c>running</c> and has its public IPv4 address (IPv6 for <c>ipv6</c>-only
    /// instances), reporting each instance's state and address to <see cref="ReadyOptions.Progress"/> as they change.
    /// </summary>
    /// <returns>The ready instances, in the order named.</returns>
    /// <exception cref="InstanceFailedException">An instance's create operation failed.</exception>
    /// <exception cref="InstanceStoppedException">An instance is stopping, stopped or shutting down.</exception>
    /// <exception cref="InstanceDisappearedException">An instance was deleted, or never existed.</exception>
    /// <exception cref="InstancesNotReadyException"><see cref="ReadyOptions.Timeout"/> passed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<IReadOnlyList<ReadyInstance>> WaitUntilInstancesReadyAsync(this ILightsailClient client, IEnumerable<string> instanceNames, ReadyOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (client == null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (instanceNames == null)
        {
            throw new ArgumentNullException(nameof(instanceNames));
        }

        return WaitUntilReadyAsync(client, instanceNames, Array.Empty<Operation>(), options, cancellationToken);
    }

    /// <summary>The wait, also following operations that were started for the instances.</summary>
    internal static Task<IReadOnlyList<ReadyInstance>> WaitUntilReadyAsync(ILightsailClient client, IEnumerable<string> instanceNames, IReadOnlyList<Operation> operations, ReadyOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ReadyOptions();
        options.Validate();
        return ReadinessWaiter.WaitAsync(client, InstanceReader.DistinctNames(instanceNames), operations, options, cancellationToken);
    }

    private static void CheckArguments(ILightsailClient client, CreateInstancesRequest desired)
    {
        if (client == null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        if (desired == null)
        {
            throw new ArgumentNullException(nameof(desired));
        }

        CreateInstancesRequestValidator.ThrowIfInvalid(desired);
    }
}
