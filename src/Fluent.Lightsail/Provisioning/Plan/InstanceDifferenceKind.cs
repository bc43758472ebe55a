namespace Fluent.Lightsail;

/// <summary>What differs between a desired instance and the one Lightsail has under that name.</summary>
public enum InstanceDifferenceKind
{
    /// <summary>Another blueprint (operating system or application). Needs a new instance.</summary>
    Blueprint,

    /// <summary>Another bundle (size). Needs a new instance.</summary>
    Bundle,

    /// <summary>Another availability zone. Needs a new instance.</summary>
    AvailabilityZone,

    /// <summary>Another key pair (unset means the region's default key pair). Needs a new instance.</summary>
    KeyPair,

    /// <summary>Another IP address type (unset means <c>dualstack</c>). Changeable in place (<c>SetIpAddressType</c>).</summary>
    IpAddressType,

    /// <summary>A desired tag the instance does not have. Changeable in place (<c>TagResource</c>).</summary>
    TagAdded,

    /// <summary>A desired tag the instance has with another value. Changeable in place (<c>TagResource</c>).</summary>
    TagChanged,

    /// <summary>A tag the instance has that the desired instance does not list. Changeable in place (<c>UntagResource</c>).</summary>
    TagRemoved,

    /// <summary>A desired add-on (AutoSnapshot, StopInstanceOnIdle) that is off on the instance. Changeable in place (<c>EnableAddOn</c>).</summary>
    AddOnEnabled,

    /// <summary>An add-on that is on although the desired instance does not ask for it. Changeable in place (<c>DisableAddOn</c>).</summary>
    AddOnDisabled,

    /// <summary>A desired add-on that is on with other settings (the AutoSnapshot time, the idle threshold or duration). Changeable in place (<c>EnableAddOn</c>).</summary>
    AddOnChanged,
}
