namespace Fluent.Lightsail;

/// <summary>
/// What <see cref="LightsailProvisioning.EnsureInstancesAsync"/> may change on instances that already exist. By default
/// nothing: missing names are created, existing instances are left as they are and their drift is reported. What needs
/// a new instance (blueprint, bundle, zone, key pair) is always only reported, and nothing is ever deleted.
/// </summary>
public sealed class EnsureOptions
{
    /// <summary>
    /// Makes each existing instance's tags exactly the desired ones: adds and changes tags (<c>TagResource</c>) and removes
    /// tags the request does not list (<c>UntagResource</c>). Default <see langword="false"/>.
    /// </summary>
    public bool ReconcileTags { get; set; }

    /// <summary>
    /// Turns the AutoSnapshot and StopInstanceOnIdle add-ons on, off or to the desired settings (<c>EnableAddOn</c>,
    /// <c>DisableAddOn</c>). Default <see langword="false"/>.
    /// </summary>
    public bool ReconcileAddOns { get; set; }

    /// <summary>Sets the desired IP address type (<c>SetIpAddressType</c>; unset means <c>dualstack</c>). Default <see langword="false"/>.</summary>
    public bool ReconcileIpAddressType { get; set; }

    /// <summary>
    /// Whether a <c>SetIpAddressType</c> to or from <c>ipv6</c> may move the instance to another bundle, which Lightsail
    /// requires for that switch (<c>acceptBundleUpdate</c>). Default <see langword="false"/>: such a switch is refused by
    /// Lightsail and the ensure fails, naming the instance, before it changes its bundle behind your back.
    /// </summary>
    public bool AcceptBundleUpdate { get; set; }

    /// <summary>Options that reconcile everything Lightsail can change in place: tags, add-ons and the IP address type.</summary>
    public static EnsureOptions ReconcileAll() => new() { ReconcileTags = true, ReconcileAddOns = true, ReconcileIpAddressType = true };

    internal bool Reconciles(InstanceDifferenceKind kind) => kind switch
    {
        InstanceDifferenceKind.TagAdded or InstanceDifferenceKind.TagChanged or InstanceDifferenceKind.TagRemoved => ReconcileTags,
        InstanceDifferenceKind.AddOnEnabled or InstanceDifferenceKind.AddOnDisabled or InstanceDifferenceKind.AddOnChanged => ReconcileAddOns,
        InstanceDifferenceKind.IpAddressType => ReconcileIpAddressType,
        _ => false,
    };
}
