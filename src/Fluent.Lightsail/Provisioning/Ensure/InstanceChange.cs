using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>One in-place change an ensure made to an existing instance: the differences it removes and the operation it started.</summary>
public sealed class InstanceChange
{
    /// <summary>Creates a change.</summary>
    public InstanceChange(string instanceName, IReadOnlyList<InstanceDifference> differences, IReadOnlyList<Operation> operations)
    {
        InstanceName = instanceName ?? throw new ArgumentNullException(nameof(instanceName));
        Differences = differences ?? throw new ArgumentNullException(nameof(differences));
        Operations = operations ?? throw new ArgumentNullException(nameof(operations));
    }

    /// <summary>The instance changed.</summary>
    public string InstanceName { get; }

    /// <summary>The differences the change removes.</summary>
    public IReadOnlyList<InstanceDifference> Differences { get; }

    /// <summary>The operations Lightsail started for it (one per call: <c>TagResource</c>, <c>EnableAddOn</c>, …).</summary>
    public IReadOnlyList<Operation> Operations { get; }

    /// <inheritdoc />
    public override string ToString() =>
        InstanceName + ": " + string.Join("; ", Differences.Select(d => d.ToString()))
        + " [" + string.Join(", ", Operations.Select(o => o.OperationType?.Value ?? "operation")) + "]";
}
