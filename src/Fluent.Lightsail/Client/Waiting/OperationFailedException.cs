using System;
using System.Collections.Generic;
using System.Linq;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// One or more operations ended <c>Failed</c>. Lists every failed one with the service's <c>errorCode</c> and
/// <c>errorDetails</c>; the operations that succeeded are in <see cref="Succeeded"/>.
/// </summary>
public sealed class OperationFailedException : Exception
{
    /// <summary>Creates the exception from the final state of every operation.</summary>
    public OperationFailedException(IReadOnlyList<Operation> failed, IReadOnlyList<Operation> succeeded)
        : base(BuildMessage(failed))
    {
        Failed = failed ?? throw new ArgumentNullException(nameof(failed));
        Succeeded = succeeded ?? throw new ArgumentNullException(nameof(succeeded));
    }

    /// <summary>The operations that failed.</summary>
    public IReadOnlyList<Operation> Failed { get; }

    /// <summary>The operations that succeeded.</summary>
    public IReadOnlyList<Operation> Succeeded { get; }

    private static string BuildMessage(IReadOnlyList<Operation> failed) =>
        $"{failed.Count} Lightsail operation(s) failed: "
        + string.Join("; ", failed.Select(o => $"{o.ResourceName ?? "?"} ({o.OperationType?.Value ?? "operation"} {o.Id ?? "without id"}): {o.ErrorCode ?? "no error code"}: {o.ErrorDetails ?? "no details"}"));
}
