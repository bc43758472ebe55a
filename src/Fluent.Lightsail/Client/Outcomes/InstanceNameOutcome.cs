using System;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>One instance name of a failed create call and what the client knows about it.</summary>
public sealed class InstanceNameOutcome
{
    /// <summary>Creates an outcome.</summary>
    public InstanceNameOutcome(string name, InstanceNameStatus status, Operation? operation, DateTime? checkedAtUtc)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Status = status;
        Operation = operation;
        CheckedAtUtc = checkedAtUtc;
    }

    /// <summary>The instance name.</summary>
    public string Name { get; }

    /// <summary>What is known about the name.</summary>
    public InstanceNameStatus Status { get; }

    /// <summary>The <c>CreateInstance</c> operation of an instance this call created; otherwise <see langword="null"/>.</summary>
    public Operation? Operation { get; }

    /// <summary>
    /// When the client sent its last look-up of the name (client clock, UTC); <see langword="null"/> when it never
    /// got an answer. A <see cref="InstanceNameStatus.NotFound"/> name did not exist at some moment after this one.
    /// </summary>
    public DateTime? CheckedAtUtc { get; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Status;
}
