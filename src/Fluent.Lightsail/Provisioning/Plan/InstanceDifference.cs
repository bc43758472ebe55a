using System;

namespace Fluent.Lightsail;

/// <summary>
/// One way in which an existing instance differs from the desired one: what the instance shows (<see cref="Current"/>)
/// and what the request asks for (<see cref="Desired"/>).
/// </summary>
public sealed class InstanceDifference : IEquatable<InstanceDifference>
{
    /// <summary>Creates a difference.</summary>
    public InstanceDifference(InstanceDifferenceKind kind, string? key, string? current, string? desired)
    {
        Kind = kind;
        Key = key;
        Current = current;
        Desired = desired;
    }

    /// <summary>What differs.</summary>
    public InstanceDifferenceKind Kind { get; }

    /// <summary>The tag key, or the add-on type (<c>AutoSnapshot</c>, <c>StopInstanceOnIdle</c>); otherwise <see langword="null"/>.</summary>
    public string? Key { get; }

    /// <summary>
    /// The value the instance shows: the member's value, the tag's value, or the add-on's settings
    /// (<c>06:00</c>; <c>threshold 5, duration 30</c>); <see langword="null"/> where the instance has none.
    /// </summary>
    public string? Current { get; }

    /// <summary>
    /// The value the desired instance asks for, in the same form; <see langword="null"/> where it asks for none (also for
    /// a tag without a value).
    /// </summary>
    public string? Desired { get; }

    /// <summary>
    /// Whether Lightsail can change this on the existing instance (tags, add-ons, the IP address type); otherwise only a
    /// new instance has it, and provisioning only reports it.
    /// </summary>
    public bool IsChangeableInPlace => Kind is not (InstanceDifferenceKind.Blueprint or InstanceDifferenceKind.Bundle
        or InstanceDifferenceKind.AvailabilityZone or InstanceDifferenceKind.KeyPair);

    /// <summary>
    /// Whether the instance has something the request does not mention (a tag, an enabled add-on): the request's
    /// members are all there. A create call's ownership check accepts such instances, since others may have tagged
    /// them since; a plan reports them.
    /// </summary>
    public bool IsOnlyOnInstance => Kind is InstanceDifferenceKind.TagRemoved or InstanceDifferenceKind.AddOnDisabled;

    /// <summary>One line, current value first, as a plan prints it: <c>bundle: small_3_0 -> medium_3_0 (needs a new instance)</c>.</summary>
    public override string ToString() => Kind switch
    {
        InstanceDifferenceKind.Blueprint => Replace("blueprint"),
        InstanceDifferenceKind.Bundle => Replace("bundle"),
        InstanceDifferenceKind.AvailabilityZone => Replace("availability zone"),
        InstanceDifferenceKind.KeyPair => Replace("key pair"),
        InstanceDifferenceKind.IpAddressType => $"IP address type: {Current} -> {Desired} (in place)",
        InstanceDifferenceKind.TagAdded => $"tag {Quote(Key)}: added {Quote(Desired)} (in place)",
        InstanceDifferenceKind.TagChanged => $"tag {Quote(Key)}: {Quote(Current)} -> {Quote(Desired)} (in place)",
        InstanceDifferenceKind.TagRemoved => $"tag {Quote(Key)}: {Quote(Current)} removed (in place)",
        InstanceDifferenceKind.AddOnEnabled => $"{Key}: off -> on{Settings(Desired)} (in place)",
        InstanceDifferenceKind.AddOnDisabled => $"{Key}: on{Settings(Current)} -> off (in place)",
        InstanceDifferenceKind.AddOnChanged => $"{Key}: {Current} -> {Desired} (in place)",
        _ => Kind.ToString(),
    };

    /// <inheritdoc />
    public bool Equals(InstanceDifference? other) =>
        other is not null && Kind == other.Kind && Key == other.Key && Current == other.Current && Desired == other.Desired;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InstanceDifference);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Key ?? string.Empty) ^ StringComparer.Ordinal.GetHashCode(Desired ?? string.Empty);

    private string Replace(string member) => $"{member}: {Current ?? "(none)"} -> {Desired} (needs a new instance)";

    private static string Settings(string? settings) => string.IsNullOrEmpty(settings) ? string.Empty : " (" + settings + ")";

    private static string Quote(string? value) => value == null ? "(no value)" : "\"" + value + "\"";
}
