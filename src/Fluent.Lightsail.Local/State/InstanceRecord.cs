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

    public required BundleInfo Bundle { get; init; }

    public required IReadOnlyList<InstanceTag> Tags { get; init; }

    public required IReadOnlyList<InstanceAddOn> AddOns { get; init; }

    public required string IpAddressType { get; init; }

    public required string SshKeyName { get; init; }

    public required string PrivateIpAddress { get; init; }

    public string? PublicIpAddress { get; init; }

    public required IReadOnlyList<string> Ipv6Addresses { get; init; }

    public string? UserData { get; init; }

    public required OperationRecord CreateOperation { get; init; }

    public OperationRecord? DeleteOperation { get; set; }

    /// <summary>Failed creates and finished deletes free the name: the instance no longer exists.</summary>
    public bool IsGoneAt(DateTimeOffset now) =>
        (CreateOperation.Failure is not null && CreateOperation.IsTerminalAt(now)) ||
        (DeleteOperation is not null && DeleteOperation.IsTerminalAt(now));

    /// <summary>EC2-style state codes, as Lightsail reports them.</summary>
    public (int Code, string Name) StateAt(DateTimeOffset now)
    {
        if (DeleteOperation is not null)
        {
            return (32, "shutting-down");
        }

        return CreateOperation.SucceededAt(now) ? (16, "running") : (0, "pending");
    }
}
