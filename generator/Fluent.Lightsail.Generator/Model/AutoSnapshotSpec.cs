namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// The AutoSnapshot add-on, on: <c>[AutoSnapshot(timeOfDay)]</c> as written. A <see langword="null"/> time is the add-on
/// without a time, which lets Lightsail pick the Region's default (rule O5), exactly as <c>WithAutoSnapshot(null)</c> does.
/// </summary>
/// <param name="SnapshotTimeOfDay">The request's <c>snapshotTimeOfDay</c>: <c>HH:00</c> in UTC, or null.</param>
internal sealed record AutoSnapshotSpec(string? SnapshotTimeOfDay);
