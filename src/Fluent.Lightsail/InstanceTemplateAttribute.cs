using System;

namespace Fluent.Lightsail;

/// <summary>
/// Declares a Lightsail instance template on a <c>partial</c> class or record class. The source generator adds a
/// static <c>Named(...)</c> entry point that returns a staged builder for <c>CreateInstances</c>.
/// </summary>
/// <remarks>
/// Every property left unset is taken from <see cref="TemplateDefaultsAttribute"/> on the assembly. Required members
/// that neither sets (availability zone, blueprint, bundle) become required steps of the builder, so a call that
/// forgets one does not compile.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InstanceTemplateAttribute : Attribute
{
    /// <summary>
    /// Makes this <c>partial</c> class a Lightsail instance template: the generator adds <c>Named(...)</c>, which starts a
    /// <c>CreateInstances</c> request with the values set here (and, for those left unset, the assembly's
    /// <see cref="TemplateDefaultsAttribute"/>). Set <see cref="AvailabilityZone"/>, <see cref="Blueprint"/> and
    /// <see cref="Bundle"/> here or in the defaults, or the builder asks for them.
    /// </summary>
    public InstanceTemplateAttribute()
    {
    }

    /// <summary>The availability zone, such as <c>us-east-2a</c>: a region name followed by one lower-case letter.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The blueprint (operating system or application image) ID, such as <see cref="Blueprints.Ubuntu24_04"/>.</summary>
    public string? Blueprint { get; set; }

    /// <summary>The bundle (instance plan) ID, such as <see cref="Bundles.Small3_0"/>.</summary>
    public string? Bundle { get; set; }

    /// <summary>The name of an existing key pair in the instance's region. Unset means the region's default key pair.</summary>
    public string? KeyPair { get; set; }

    /// <summary>The IP address type: <see cref="IpAddressTypes.Dualstack"/>, <see cref="IpAddressTypes.Ipv4"/> or <see cref="IpAddressTypes.Ipv6"/>.</summary>
    public string? IpAddressType { get; set; }
}
