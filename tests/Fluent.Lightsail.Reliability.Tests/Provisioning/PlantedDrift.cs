namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// An instance a test created before the ensures ran, unlike the desired state: with other tags and no AutoSnapshot
/// (reconcilable in place), and when <see cref="NeedsReplacement"/> also with another bundle (only a new instance could
/// fix that, so every ensure must report it and none may replace it).
/// </summary>
internal sealed record PlantedDrift(string Name, string CreateOperationId, bool NeedsReplacement);
