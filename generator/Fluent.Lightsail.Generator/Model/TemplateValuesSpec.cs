namespace Fluent.Lightsail.Generator.Model;

/// <summary>The values a template declares itself, before assembly defaults are merged in.</summary>
/// <param name="UserData">The inline script of <c>[UserData]</c>, if any.</param>
/// <param name="UserDataFile">The path of <c>[UserDataFile]</c>, if any; resolved against the AdditionalFiles later.</param>
/// <param name="AutoSnapshotTimeOfDay">The time of <c>[AutoSnapshot]</c>, or <see langword="null"/> when absent.</param>
internal sealed record TemplateValuesSpec(
    string? AvailabilityZone,
    string? Blueprint,
    string? Bundle,
    string? KeyPair,
    string? IpAddressType,
    EquatableArray<TagSpec> Tags,
    string? UserData,
    string? UserDataFile,
    string? AutoSnapshotTimeOfDay,
    StopInstanceOnIdleSpec? StopInstanceOnIdle);
