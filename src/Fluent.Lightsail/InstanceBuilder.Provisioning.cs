using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Fluent.Lightsail;

/// <summary>
/// Provisioning from the final stage: the same as <see cref="LightsailProvisioning"/>'s methods on the request
/// <see cref="Build"/> makes, so a template reads as the fleet it describes:
/// <c>WebServer.Named("web-1", "web-2").EnsureAsync(lightsail)</c>. What each does, what is reconciled and how races are
/// handled: docs/provisioning.md.
/// </summary>
public readonly partial struct InstanceBuilder
{
    /// <summary>
    /// Reads the named instances and compares each with what this chain would create; changes nothing. Print the plan
    /// for a diff such as <c>+ web-1 (create)</c>, <c>~ web-2 (drifted)</c>, <c>= web-3 (up to date)</c>.
    /// </summary>
    /// <param name="client">The Lightsail client, such as a <see cref="LightsailClient"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Per name: Create, UpToDate or Drifted with every difference.</returns>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule; nothing was sent.</exception>
    public Task<FleetPlan> PlanAsync(ILightsailClient client, CancellationToken cancellationToken = default)
        => client.PlanInstancesAsync(Build(), cancellationToken);

    /// <summary>
    /// Makes the named instances exist: creates only the missing names, in one <c>CreateInstances</c>; changes existing
    /// instances in place only as <paramref name="options"/> allow (by default not at all); never deletes or replaces.
    /// Safe to re-run, and safe when another caller ensures the same names at the same time.
    /// </summary>
    /// <param name="client">The Lightsail client, such as a <see cref="LightsailClient"/>.</param>
    /// <param name="options">What to reconcile in place (tags, add-ons, IP address type); <see langword="null"/> for nothing.</param>
    /// <param name="cancellationToken">Cancels the call; a re-run finishes what a cancelled one left.</param>
    /// <returns>What was created, what existed, what was changed and the drift only a new instance could fix.</returns>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule; nothing was sent.</exception>
    public Task<EnsureResult> EnsureAsync(ILightsailClient client, EnsureOptions? options = null, CancellationToken cancellationToken = default)
        => client.EnsureInstancesAsync(Build(), options, cancellationToken);

    /// <summary>
    /// Waits until every named instance is <c>running</c> and has its public address (IPv6 for an <c>ipv6</c>-only
    /// instance), reporting each instance's state and address to <see cref="ReadyOptions.Progress"/>.
    /// </summary>
    /// <param name="client">The Lightsail client, such as a <see cref="LightsailClient"/>.</param>
    /// <param name="options">Progress, timeout and poll interval; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The ready instances, in the order of their names.</returns>
    /// <exception cref="LightsailValidationException">A value breaks a Lightsail rule; nothing was sent.</exception>
    /// <exception cref="InstanceNotReadyException">An instance failed, stopped or disappeared; it names the instance and the state seen.</exception>
    /// <exception cref="InstancesNotReadyException">The timeout passed; it lists every instance not ready.</exception>
    public Task<IReadOnlyList<ReadyInstance>> WaitUntilReadyAsync(ILightsailClient client, ReadyOptions? options = null, CancellationToken cancellationToken = default)
        => client.WaitUntilInstancesReadyAsync(Build().InstanceNames!, options, cancellationToken); // Build() always sets the names it validated
}
