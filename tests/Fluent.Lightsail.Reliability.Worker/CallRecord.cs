namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>What one create call asked for and what the client told its caller: the ledger's input.</summary>
public sealed record CallRecord(
    string CallId,
    string Process,
    IReadOnlyList<string> Names,
    DateTime StartedUtc,
    DateTime EndedUtc,
    bool Succeeded,
    bool Recovered,
    IReadOnlyList<NamedOperation> Operations,
    string? ExceptionType,
    bool Typed,
    string? ErrorCode,
    string? Message,
    IReadOnlyList<NameOutcomeRecord>? Outcomes);

/// <summary>An operation the client returned for a name (its id is null when synthesised from the instance).</summary>
public sealed record NamedOperation(string? Name, string? Id);

/// <summary>One <see cref="InstanceNameOutcome"/> of a failed call.</summary>
public sealed record NameOutcomeRecord(string Name, InstanceNameStatus Status, DateTime? CheckedAtUtc, string? OperationId);
