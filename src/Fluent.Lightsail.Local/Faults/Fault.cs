namespace Fluent.Lightsail.Local;

/// <summary>
/// A misbehaviour to inject into the next matching request(s): <c>server.Faults.Enqueue(Fault.Throttle(2))</c>,
/// <c>Fault.LostResponse.For("CreateInstances")</c>. Immutable; <see cref="For"/> and <see cref="Times"/> return copies.
/// </summary>
public sealed record Fault
{
    private Fault(FaultKind kind) => Kind = kind;

    public FaultKind Kind { get; }

    /// <summary>How many matching requests the fault applies to.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The operation it applies to, such as <c>CreateInstances</c>; <see langword="null"/> for any.</summary>
    public string? Operation { get; init; }

    /// <summary>The added latency of a <see cref="FaultKind.Latency"/> fault.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The <c>errorCode</c> of the failed operations of an <see cref="FaultKind.OperationFailure"/> fault.</summary>
    public string ErrorCode { get; init; } = "InternalFailure";

    /// <summary>The <c>errorDetails</c> of the failed operations of an <see cref="FaultKind.OperationFailure"/> fault.</summary>
    public string ErrorDetails { get; init; } = "The operation failed in the local endpoint, as requested by an injected fault.";

    public static Fault InternalError => new(FaultKind.InternalError);

    public static Fault Unauthenticated => new(FaultKind.Unauthenticated);

    public static Fault DropConnection => new(FaultKind.DropConnection);

    public static Fault LostResponse => new(FaultKind.LostResponse);

    public static Fault MalformedJson => new(FaultKind.MalformedJson);

    public static Fault Throttle(int count = 1) => new Fault(FaultKind.Throttle).Times(count);

    public static Fault Latency(TimeSpan delay) => new(FaultKind.Latency) { Delay = delay };

    public static Fault OperationFailure(string? errorCode = null, string? errorDetails = null)
    {
        var fault = new Fault(FaultKind.OperationFailure);
        return fault with
        {
            ErrorCode = errorCode ?? fault.ErrorCode,
            ErrorDetails = errorDetails ?? fault.ErrorDetails,
        };
    }

    /// <summary>Restricts the fault to one operation.</summary>
    public Fault For(string operation) => this with { Operation = operation };

    /// <summary>Applies the fault to the next <paramref name="count"/> matching requests.</summary>
    public Fault Times(int count) =>
        count > 0 ? this with { Count = count } : throw new ArgumentOutOfRangeException(nameof(count), count, "Must be at least 1.");

    internal bool Matches(string operation) =>
        Operation is null || string.Equals(Operation, operation, StringComparison.Ordinal);
}
