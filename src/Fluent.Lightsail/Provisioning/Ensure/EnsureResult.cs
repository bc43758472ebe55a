using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// What <see cref="LightsailProvisioning.EnsureInstancesAsync"/> did: the names it created, the names that already
/// existed (also when another caller created them during the call), the in-place changes it made, and the drift it only
/// reports.
/// </summary>
public sealed class EnsureResult
{
    /// <summary>Creates a result.</summary>
    public EnsureResult(
        FleetPlan plan,
        IReadOnlyList<string> created,
        IReadOnlyList<Operation> createOperations,
        IReadOnlyList<string> alreadyExisted,
        IReadOnlyList<InstanceChange> changes,
        IReadOnlyList<InstancePlan> drift)
    {
        Plan = plan ?? throw new ArgumentNullException(nameof(plan));
        Created = created ?? throw new ArgumentNullException(nameof(created));
        CreateOperations = createOperations ?? throw new ArgumentNullException(nameof(createOperations));
        AlreadyExisted = alreadyExisted ?? throw new ArgumentNullException(nameof(alreadyExisted));
        Changes = changes ?? throw new ArgumentNullException(nameof(changes));
        Drift = drift ?? throw new ArgumentNullException(nameof(drift));
    }

    /// <summary>The plan read before anything was changed.</summary>
    public FleetPlan Plan { get; }

    /// <summary>The names this call created, in request order.</summary>
    public IReadOnlyList<string> Created { get; }

    /// <summary>The <c>CreateInstance</c> operations of <see cref="Created"/>.</summary>
    public IReadOnlyList<Operation> CreateOperations { get; }

    /// <summary>
    /// The names an instance already had, in request order: those the plan found, and those another caller created
    /// between the plan and this call's create.
    /// </summary>
    public IReadOnlyList<string> AlreadyExisted { get; }

    /// <summary>The in-place changes made to existing instances, as <see cref="EnsureOptions"/> allowed.</summary>
    public IReadOnlyList<InstanceChange> Changes { get; }

    /// <summary>
    /// The existing instances that still differ from the desired ones, with only the differences left: what needs a new
    /// instance (blueprint, bundle, zone, key pair), and what <see cref="EnsureOptions"/> did not ask to reconcile.
    /// </summary>
    public IReadOnlyList<InstancePlan> Drift { get; }

    /// <summary>Every name of the fleet, in request order.</summary>
    public IReadOnlyList<string> InstanceNames => Plan.Instances.Select(plan => plan.Name).ToList();

    /// <summary>Whether the call changed nothing: no instance created, no in-place change.</summary>
    public bool ChangedNothing => Created.Count == 0 && Changes.Count == 0;

    /// <summary>
    /// Waits until every instance of the fleet is running and has its public address (see
    /// <see cref="LightsailProvisioning.WaitUntilInstancesReadyAsync"/>), and until the operations this ensure started
    /// (<see cref="CreateOperations"/>, those of <see cref="Changes"/>) have ended; a failed one ends the wait with
    /// <see cref="InstanceFailedException"/>.
    /// </summary>
    public Task<IReadOnlyList<ReadyInstance>> WaitUntilReadyAsync(ILightsailClient client, ReadyOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (client == null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        var operations = CreateOperations.Concat(Changes.SelectMany(change => change.Operations)).ToList();
        return LightsailProvisioning.WaitUntilReadyAsync(client, InstanceNames, operations, options, cancellationToken);
    }

    /// <summary>A short account: created, existing, changed, drifted names.</summary>
    public override string ToString() =>
        $"Created {Describe(Created)}; already existed {Describe(AlreadyExisted)}; {Changes.Count} in-place change(s); drift reported for {Describe(Drift.Select(d => d.Name).ToList())}.";

    private static string Describe(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
