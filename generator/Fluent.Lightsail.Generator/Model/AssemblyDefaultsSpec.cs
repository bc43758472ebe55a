namespace Fluent.Lightsail.Generator.Model;

/// <summary>
/// The assembly's <c>[TemplateDefaults]</c> and <c>[assembly: Tag]</c> values: the only facts the generator takes from
/// the whole compilation, projected small so that edits elsewhere compare equal and leave templates cached.
/// </summary>
internal sealed record AssemblyDefaultsSpec(
    string? AvailabilityZone,
    string? Blueprint,
    string? Bundle,
    string? KeyPair,
    string? IpAddressType,
    EquatableArray<TagSpec> Tags)
{
    public static readonly AssemblyDefaultsSpec None = new(null, null, null, null, null, EquatableArray<TagSpec>.Empty);
}
