using System;
using System.Collections.Generic;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>An instance that is running and reachable at its public address.</summary>
public sealed class ReadyInstance
{
    /// <summary>Wraps an instance read in the <c>running</c> state with its public address.</summary>
    public ReadyInstance(Instance instance)
    {
        Instance = instance ?? throw new ArgumentNullException(nameof(instance));
    }

    /// <summary>The instance name.</summary>
    public string Name => Instance.Name ?? string.Empty;

    /// <summary>The public IPv4 address; <see langword="null"/> for an <c>ipv6</c>-only instance.</summary>
    public string? PublicIpAddress => Instance.PublicIpAddress;

    /// <summary>The IPv6 addresses (none for an <c>ipv4</c> instance).</summary>
    public IReadOnlyList<string> Ipv6Addresses => Instance.Ipv6Addresses ?? new List<string>();

    /// <summary>The address to connect to: the public IPv4 address, or the first IPv6 address of an <c>ipv6</c>-only instance.</summary>
    public string Address => PublicIpAddress ?? (Ipv6Addresses.Count > 0 ? Ipv6Addresses[0] : string.Empty);

    /// <summary>The instance as last read.</summary>
    public Instance Instance { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " " + Address;
}
