using System;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// One name's look-up during a recovery: the instance found (if any), whether the look-up got an answer at all, and
/// when it was sent. <see cref="Operation"/> is set once the name is known to be this call's.
/// </summary>
internal sealed class NameCheck
{
    public NameCheck(string name) => Name = name;

    public string Name { get; }

    public InstanceNameStatus Status { get; set; } = InstanceNameStatus.Unknown;

    public Instance? Instance { get; set; }

    public DateTime? CheckedAtUtc { get; set; }

    public Operation? Operation { get; set; }

    public InstanceNameOutcome ToOutcome() => new(Name, Status, Status == InstanceNameStatus.CreatedByThisCall ? Operation : null, CheckedAtUtc);
}
