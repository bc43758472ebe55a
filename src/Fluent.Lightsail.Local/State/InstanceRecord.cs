using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Local.State;

/// <summary>An instance. Like operations, its state follows from the clock and its create/delete operations.</summary>
internal sealed class InstanceRecord
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string SupportCode { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Region { get; init; }

    public required string AvailabilityZone { get; init; }

    public required BlueprintInfo Blueprint { get; init; }

    /// <summary>Bundle, IP address type, tags and add-ons: replaced whole by the operations that change them.</summary>
    public required InstanceSettings Settings { get; set; }

    public BundleInfo Bundle => Settings.Bundle;

    public IReadOnlyList<InstanceTag> Tags => Settings.Tags;

    public IReadOnlyList<InstanceAddOn> AddOns => Settings.AddOns;

    public string IpAddressType => Settings.IpAddressType;

    public required string SshKeyName { get; init; }

    public required string PrivateIpAddress { get; init; }

    /// <summary>The public IPv4 address the instance gets (when its IP address type has IPv4) once it is reachable.</summary>
    public required string PublicIpv4Address { get; init; }

    /// <summary>The IPv6 address the instance gets (when its IP address type has IPv6) once it is reachable.</summary>
    public required string Ipv6Address { get; init; }

    public string? UserData { get; init; }

    public required OperationRecord CreateOperation { get; init; }

    public OperationRecord? DeleteOperation { get; set; }

    /// <summary>A delete that failed leaves the instance as it was, and may be tried again.</summary>
    public bool IsBeingDeletedAt(DateTimeOffset now) =>
        DeleteOperation is { } delete && !(delete.Failure is not null && delete.IsTerminalAt(now));

    /// <summary>The create request that made the instance (access key, request id): ground truth for tests.</summary>
    public required Requester CreatedBy { get; init; }

    /// <summary>The wall-clock moment the name was reserved, comparable across processes on this machine.</summary>
    public required DateTimeOffset ReservedAtUtc { get; init; }

    /// <summary>Failed creates and finished deletes free the name: the instance no longer exists.</summary>
    public bool IsGoneAt(DateTimeOffset now) =>
        (CreateOperation.Failure is not null && CreateOperation.IsTerminalAt(now)) ||
        (DeleteOperation is { Failure: null } delete && delete.IsTerminalAt(now));

    /// <summary>EC2-style state codes, as Lightsail reports them.</summary>
    public (int Code, string Name) StateAt(DateTimeOffset now)
    {
        if (IsBeingDeletedAt(now))
        {
            return (32, "shutting-down");
        }

        return CreateOperation.SucceededAt(now) ? (16, "running") : (0, "pending");
    }

    /// <summary>
    /// The public addresses shown at <paramref name="now"/> for <paramref name="settings"/>: none until
    /// <paramref name="publicIpDelay"/> after the instance is running, as with the service, whose instances report
    /// <c>running</c> a little before they have an address. Then IPv4 unless the type is <c>ipv6</c>, IPv6 unless it is
    /// <c>ipv4</c>.
    /// </summary>
    public (string? PublicIpv4, IReadOnlyList<string> Ipv6) AddressesAt(DateTimeOffset now, TimeSpan publicIpDelay, InstanceSettings settings)
    {
        if (!CreateOperation.SucceededAt(now) || now < CreateOperation.EndsAt + publicIpDelay)
        {
            return (null, []);
        }

        return (
            settings.IpAddressType == "ipv6" ? null : PublicIpv4Address,
            settings.IpAddressType == "ipv4" ? [] : [Ipv6Address]);
    }
}
