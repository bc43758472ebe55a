using System;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Describes an instance's creation as an <see cref="Operation"/> when no real operation is at hand: an instance still
/// <c>pending</c> is being created; any other state means its creation has finished.
/// </summary>
internal static class InstanceOperations
{
    public const string PendingState = "pending";

    public static bool IsPending(Instance instance) =>
        string.Equals(instance.State?.Name, PendingState, StringComparison.OrdinalIgnoreCase);

    public static Operation Synthesize(Instance instance)
    {
        var pending = IsPending(instance);
        return new Operation
        {
            ResourceName = instance.Name,
            ResourceType = ResourceType.Instance,
            OperationType = OperationType.CreateInstance,
            Location = instance.Location,
            CreatedAt = instance.CreatedAt,
            Status = pending ? OperationStatus.Started : OperationStatus.Succeeded,
            IsTerminal = !pending,
            OperationDetails = instance.State?.Name,
        };
    }
}
