namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// The values a template's builder starts with: assembly defaults merged with the template, template winning. The
/// analyzers check exactly these values (they read templates with the same parser and merge).
/// </summary>
internal sealed record RequestValuesSpec(
    InheritedValue? AvailabilityZone,
    InheritedValue? Blueprint,
    InheritedValue? Bundle,
    InheritedValue? KeyPair,
    InheritedValue? IpAddressType,
    EquatableArray<InheritedTag> Tags,
    UserDataSpec? UserData,
    AutoSnapshotSpec? AutoSnapshot,
    StopInstanceOnIdleSpec? StopInstanceOnIdle);
