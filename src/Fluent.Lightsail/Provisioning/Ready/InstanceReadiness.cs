using System;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>One instance as a wait for readiness last saw it: its state and public address.</summary>
public sealed class InstanceReadiness : IEquatable<InstanceReadiness>
{
    /// <summary>Creates a readiness report.</summary>
    public InstanceReadiness(string name, string? state, string? publicIpAddress, string? ipv6Address, bool isReady)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        State = state;
        PublicIpAddress = publicIpAddress;
        Ipv6Address = ipv6Address;
        IsReady = isReady;
    }

    /// <summary>The instance name.</summary>
    public string Name { get; }

    /// <summary>The instance state (<c>pending</c>, <c>running</c>, …); <see langword="null"/> while no instance has been found.</summary>
    public string? State { get; }

    /// <summary>The public IPv4 address, once it has one.</summary>
    public string? PublicIpAddress { get; }

    /// <summary>The first IPv6 address, once it has one.</summary>
    public string? Ipv6Address { get; }

    /// <summary>Whether the instance is <c>running</c> and has its public address (IPv6 for <c>ipv6</c>-only instances, IPv4 otherwise).</summary>
    public bool IsReady { get; }

    /// <summary><c>web-1: running, 203.0.113.10</c>, or <c>web-1: pending</c>.</summary>
    public override string ToString()
    {
        var address = PublicIpAddress ?? Ipv6Address;
        return Name + ": " + (State ?? "not found yet") + (address == null ? string.Empty : ", " + address);
    }

    /// <inheritdoc />
    public bool Equals(InstanceReadiness? other) =>
        other is not null && Name == other.Name && State == other.State && PublicIpAddress == other.PublicIpAddress
        && Ipv6Address == other.Ipv6Address && IsReady == other.IsReady;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InstanceReadiness);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ (State?.GetHashCode() ?? 0);

    internal static InstanceReadiness Of(Instance instance) => Of(instance.Name ?? string.Empty, instance);

    /// <summary>The readiness of the instance read for <paramref name="name"/>.</summary>
    internal static InstanceReadiness Of(string name, Instance instance)
    {
        var state = instance.State?.Name;
        var ipv6 = instance.Ipv6Addresses is { Count: > 0 } addresses ? addresses[0] : null;
        var ipv6Only = string.Equals(instance.IpAddressType?.Value, "ipv6", StringComparison.OrdinalIgnoreCase);
        var running = string.Equals(state, "running", StringComparison.OrdinalIgnoreCase);
        var ready = running && (ipv6Only ? ipv6 != null : !string.IsNullOrEmpty(instance.PublicIpAddress));
        return new InstanceReadiness(name, state, instance.PublicIpAddress, ipv6, ready);
    }
}
