using System;

namespace Fluent.Lightsail.Model;

/// <summary>An asynchronous Lightsail operation, as <c>Amazon.Lightsail.Model.Operation</c>.</summary>
public sealed class Operation
{
    /// <summary>When the operation was created (UTC).</summary>
    public DateTime? CreatedAt { get; set; }

    /// <summary>The error code, when the operation failed.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>The error details, when the operation failed.</summary>
    public string? ErrorDetails { get; set; }

    /// <summary>The operation ID.</summary>
    public string? Id { get; set; }

    /// <summary>Whether the operation has reached a final status.</summary>
    public bool? IsTerminal { get; set; }

    /// <summary>Where the resource is.</summary>
    public ResourceLocation? Location { get; set; }

    /// <summary>Details about the operation.</summary>
    public string? OperationDetails { get; set; }

    /// <summary>The operation type, such as <c>CreateInstance</c>.</summary>
    public OperationType? OperationType { get; set; }

    /// <summary>The name of the resource the operation acts on.</summary>
    public string? ResourceName { get; set; }

    /// <summary>The type of that resource, such as <c>Instance</c>.</summary>
    public ResourceType? ResourceType { get; set; }

    /// <summary>The status: <c>NotStarted</c>, <c>Started</c>, <c>Failed</c>, <c>Completed</c> or <c>Succeeded</c>.</summary>
    public OperationStatus? Status { get; set; }

    /// <summary>When the status last changed (UTC).</summary>
    public DateTime? StatusChangedAt { get; set; }
}
