using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// An operation of the instance failed: its create (the instance will not exist), or an in-place change an ensure made
/// (the instance keeps its old value).
/// </summary>
public sealed class InstanceFailedException : InstanceNotReadyException
{
    /// <summary>Creates the exception for a failed operation of the instance.</summary>
    public InstanceFailedException(string instanceName, string? stateSeen, Operation operation)
        : base(
            instanceName,
            stateSeen,
            $"Instance '{instanceName}' {(IsCreate(operation) ? "will not become ready" : "keeps its old value")}: its {operation?.OperationType?.Value ?? "create"} operation {operation?.Id ?? "(no id)"} failed "
            + $"({operation?.ErrorCode ?? "no error code"}: {operation?.ErrorDetails ?? "no details"}); state last seen: {Shown(stateSeen)}.")
    {
        Operation = operation!;
    }

    /// <summary>The failed operation, with the service's <c>errorCode</c> and <c>errorDetails</c>.</summary>
    public Operation Operation { get; }

    private static bool IsCreate(Operation? operation) =>
        operation?.OperationType is not { } type || type == OperationType.CreateInstance || type == OperationType.CreateInstancesFromSnapshot;
}
