using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>What the statuses of an <see cref="Operation"/> mean for a waiter.</summary>
internal static class OperationStates
{
    /// <summary>Final when the service says so, or when the status is one only a finished operation has.</summary>
    public static bool IsTerminal(Operation operation) =>
        operation.IsTerminal == true
        || operation.Status == OperationStatus.Succeeded
        || operation.Status == OperationStatus.Completed
        || operation.Status == OperationStatus.Failed;

    public static bool IsFailed(Operation operation) => operation.Status == OperationStatus.Failed;

    public static string Describe(Operation operation) =>
        $"{operation.ResourceName ?? "?"} ({operation.OperationType?.Value ?? "operation"} {operation.Id ?? "without id"}, {operation.Status?.Value ?? "no status"})";
}
