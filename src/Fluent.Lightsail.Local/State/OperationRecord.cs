using Fluent.Lightsail.Model;
namespace Fluent.Lightsail.Local.State;

/// <summary>
/// An asynchronous operation. Its status is a function of the clock: <c>NotStarted</c> at the instant it is created,
/// <c>Started</c> while it runs, then <c>Succeeded</c> (or <c>Failed</c>) once <see cref="Duration"/> has passed. Deriving
/// status from time (rather than a background timer) keeps tests with a manual clock deterministic.
/// </summary>
internal sealed class OperationRecord
{
    public required string Id { get; init; }

    public required string ResourceName { get; init; }

    public required string OperationType { get; init; }

    public required string Region { get; init; }

    public required string AvailabilityZone { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public string OperationDetails { get; init; } = string.Empty;

    public OperationFailure? Failure { get; init; }

    public DateTimeOffset EndsAt => CreatedAt + Duration;

    public OperationSnapshot At(DateTimeOffset now)
    {
        if (now >= EndsAt && now > CreatedAt)
        {
            return new OperationSnapshot(Failure is null ? "Succeeded" : "Failed", true, EndsAt);
        }

        return now > CreatedAt
            ? new OperationSnapshot("Started", false, CreatedAt)
            : new OperationSnapshot("NotStarted", false, CreatedAt);
    }

    public bool IsTerminalAt(DateTimeOffset now) => At(now).IsTerminal;

    public bool SucceededAt(DateTimeOffset now) => At(now).Status == "Succeeded";
}
