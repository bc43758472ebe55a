using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// Every member of a CreateInstances call as plain values, applied the same way to the generated builder
/// (<see cref="OpenProbe"/>) and to a bare <see cref="InstanceRequestDraft"/>. Starts valid; cases change one member.
/// </summary>
internal sealed record RequestValues
{
    public IReadOnlyList<string?> Names { get; init; } = ["probe-1"];

    public string? Zone { get; init; } = "us-east-1a";

    public string? Blueprint { get; init; } = Blueprints.Ubuntu24_04;

    public string? Bundle { get; init; } = Bundles.Small3_0;

    public string? KeyPair { get; init; }

    public string? UserData { get; init; }

    public IReadOnlyList<(string Key, string? Value)> Tags { get; init; } = [];

    public bool AutoSnapshot { get; init; }

    public string? SnapshotTime { get; init; }

    public (string Threshold, string Duration)? StopOnIdle { get; init; }

    public string? IpAddressType { get; init; }

    public InstanceBuilder Builder()
    {
        var builder = OpenProbe.Named(Names.ToArray()!).InZone(Zone!).WithBlueprint(Blueprint!).WithBundle(Bundle!);
        if (KeyPair is not null)
        {
            builder = builder.WithKeyPair(KeyPair);
        }

        if (UserData is not null)
        {
            builder = builder.WithUserData(UserData);
        }

        foreach (var (key, value) in Tags)
        {
            builder = builder.WithTag(key, value);
        }

        if (AutoSnapshot)
        {
            builder = builder.WithAutoSnapshot(SnapshotTime!);
        }

        if (StopOnIdle is { } idle)
        {
            builder = builder.WithStopInstanceOnIdle(idle.Threshold, idle.Duration);
        }

        return IpAddressType is null ? builder : builder.WithIpAddressType(IpAddressType);
    }

    public InstanceRequestDraft Draft()
    {
        var draft = new InstanceRequestDraft(nameof(OpenProbe), Names)
        {
            AvailabilityZone = Zone,
            BlueprintId = Blueprint,
            BundleId = Bundle,
            KeyPairName = KeyPair,
            UserData = UserData,
            IpAddressType = IpAddressType,
        };
        foreach (var (key, value) in Tags)
        {
            draft.AddTag(key, value);
        }

        if (AutoSnapshot)
        {
            draft.AutoSnapshot = new AutoSnapshotAddOn(SnapshotTime);
        }

        if (StopOnIdle is { } idle)
        {
            draft.StopInstanceOnIdle = new StopInstanceOnIdleAddOn(idle.Threshold, idle.Duration);
        }

        return draft;
    }

    public override string ToString() =>
        $"names=[{string.Join(", ", Names.Select(Show))}] zone={Show(Zone)} blueprint={Show(Blueprint)} bundle={Show(Bundle)} keyPair={Show(KeyPair)} " +
        $"userData={Show(UserData)} tags=[{string.Join(", ", Tags.Select(t => Show(t.Key) + "=" + Show(t.Value)))}] " +
        $"autoSnapshot={(AutoSnapshot ? Show(SnapshotTime) : "off")} stopOnIdle={(StopOnIdle is { } i ? Show(i.Threshold) + "/" + Show(i.Duration) : "off")} ip={Show(IpAddressType)}";

    private static string Show(string? value) =>
        value is null ? "null" : Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value.Length > 40 ? value[..40] + "…(" + value.Length + ")" : value, quote: true);
}
