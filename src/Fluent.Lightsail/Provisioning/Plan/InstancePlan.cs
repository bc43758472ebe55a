using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.Provisioning.Internal;

namespace Fluent.Lightsail;

/// <summary>The plan for one instance name: create it, leave it, or how the existing instance differs.</summary>
public sealed class InstancePlan
{
    /// <summary>Creates the plan of one name.</summary>
    public InstancePlan(string name, Instance? existing, IReadOnlyList<InstanceDifference> differences)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Existing = existing;
        Differences = differences ?? throw new ArgumentNullException(nameof(differences));
        if (existing == null && differences.Count > 0)
        {
            throw new ArgumentException("A name without an instance has nothing to differ from.", nameof(differences));
        }
    }

    /// <summary>The instance name.</summary>
    public string Name { get; }

    /// <summary>What provisioning would do.</summary>
    public InstancePlanAction Action => Existing == null
        ? InstancePlanAction.Create
        : Differences.Count == 0 ? InstancePlanAction.UpToDate : InstancePlanAction.Drifted;

    /// <summary>The instance Lightsail has under the name, as read for the plan; <see langword="null"/> when there is none.</summary>
    public Instance? Existing { get; }

    /// <summary>Every difference of the existing instance from the desired one, in a fixed order; empty unless drifted.</summary>
    public IReadOnlyList<InstanceDifference> Differences { get; }

    /// <summary>The differences Lightsail can change on the existing instance (tags, add-ons, IP address type).</summary>
    public IEnumerable<InstanceDifference> InPlaceDifferences => Differences.Where(d => d.IsChangeableInPlace);

    /// <summary>The differences only a new instance could remove (blueprint, bundle, zone, key pair).</summary>
    public IEnumerable<InstanceDifference> ReplacementDifferences => Differences.Where(d => !d.IsChangeableInPlace);

    /// <summary>The plan's lines for this name, as <see cref="FleetPlan.ToString"/> prints them.</summary>
    public override string ToString() => string.Join("\n", PlanText.Lines(this));
}
