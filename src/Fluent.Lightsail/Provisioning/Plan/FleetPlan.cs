using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Provisioning.Internal;

namespace Fluent.Lightsail;

/// <summary>
/// What provisioning a <see cref="CreateInstancesRequest"/> would do, name by name, read from Lightsail without
/// changing anything. <see cref="ToString"/> prints it as a diff: <c>+</c> create, <c>~</c> drifted, <c>=</c> up to date.
/// </summary>
public sealed class FleetPlan
{
    /// <summary>Creates a plan of the desired request's names, in the request's order.</summary>
    public FleetPlan(CreateInstancesRequest desired, IReadOnlyList<InstancePlan> instances)
    {
        Desired = desired ?? throw new ArgumentNullException(nameof(desired));
        Instances = instances ?? throw new ArgumentNullException(nameof(instances));
    }

    /// <summary>The desired instances.</summary>
    public CreateInstancesRequest Desired { get; }

    /// <summary>One plan per distinct name, in the order the request names them.</summary>
    public IReadOnlyList<InstancePlan> Instances { get; }

    /// <summary>The names no instance has.</summary>
    public IReadOnlyList<string> ToCreate => Names(InstancePlanAction.Create);

    /// <summary>The names whose instance shows every desired member.</summary>
    public IReadOnlyList<string> UpToDate => Names(InstancePlanAction.UpToDate);

    /// <summary>The names whose instance differs from the desired one.</summary>
    public IReadOnlyList<string> Drifted => Names(InstancePlanAction.Drifted);

    /// <summary>Whether every name exists and is up to date.</summary>
    public bool IsUpToDate => Instances.All(plan => plan.Action == InstancePlanAction.UpToDate);

    /// <summary>
    /// Whether the desired request has user data. Lightsail never returns an instance's user data, so an existing
    /// instance's is not compared; the plan says so.
    /// </summary>
    public bool UserDataNotCompared => !string.IsNullOrEmpty(Desired.UserData) && Instances.Any(plan => plan.Existing != null);

    /// <summary>The plan of one name.</summary>
    /// <exception cref="KeyNotFoundException">The request does not name it.</exception>
    public InstancePlan this[string name] =>
        Instances.FirstOrDefault(plan => string.Equals(plan.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The plan has no instance named '{name}'; it plans {string.Join(", ", Instances.Select(p => p.Name))}.");

    /// <summary>
    /// The plan as a stable, readable diff: a summary line, then per name <c>+ name (create)</c>, <c>~ name (drifted)</c>
    /// with one indented line per difference, or <c>= name (up to date)</c>; and, once, a note that user data is not compared.
    /// </summary>
    public override string ToString() => string.Join("\n", PlanText.Lines(this));

    private IReadOnlyList<string> Names(InstancePlanAction action) =>
        Instances.Where(plan => plan.Action == action).Select(plan => plan.Name).ToList();
}
