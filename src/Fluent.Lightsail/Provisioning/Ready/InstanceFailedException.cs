using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>The operation that creates an instance failed: the instance will not exist.</summary>
public sealed class InstanceFailedException : InstanceNotReadyException
{
    /// <summary>Creates the exception for a failed operation of the instance.</summary>
    public InstanceFailedException(string instanceName, string? stateSeen, Operation operation)
        : base(
            instanceName,
            stateSeen,
            $"Instance '{instanceName}' will not become ready: its {operation?.OperationType?.Value ?? "create"} operation {operation?.Id ?? "(no id)"} failed "
            + $"({operation?.ErrorCode ?? "no error code"}: {operation?.ErrorDetails ?? "no details"}); state last seen: {Shown(stateSeen)}.")
    {
        Operation = operation!;
    }

    /// <summary>The failed operation, with the service's <c>errorCode</c> and <c>errorDetails</c>.</summary>
    public Operation Operation { get; }
}
