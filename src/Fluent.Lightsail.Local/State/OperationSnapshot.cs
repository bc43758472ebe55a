namespace Fluent.Lightsail.Local.State;

/// <summary>The observable state of an operation at one instant.</summary>
internal sealed record OperationSnapshot(string Status, bool IsTerminal, DateTimeOffset StatusChangedAt);
