namespace Fluent.Lightsail.Validation;

/// <summary>
/// The call-site values a template's <c>Build()</c> last found valid, one per rule, compared by reference. A chain of
/// constants (<c>.InZone("us-east-2a").WithTag("owner", "ann")</c>) passes the same interned strings on every call, so
/// their rules run once, not on every request; strings are immutable, so a value that passed once still passes.
/// </summary>
/// <remarks>
/// Each field is written only after its own rule passed, and reference writes are atomic, so threads racing on a
/// template can at worst check a value again. A key and a value are separate fields because their rules are separate.
/// </remarks>
internal sealed class RecentlyValidValues
{
    public string? InstanceName;
    public string? AvailabilityZone;
    public string? TagKey;
    public string? TagValue;

    /// <summary>Whether <paramref name="value"/> is the very string that passed before (never true for <see langword="null"/>).</summary>
    public static bool IsKnown(string? value, string? known) => value is not null && ReferenceEquals(value, known);
}
