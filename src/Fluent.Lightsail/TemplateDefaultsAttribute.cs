using System;

namespace Fluent.Lightsail;

/// <summary>
/// Assembly-wide defaults that every <see cref="InstanceTemplateAttribute"/> template inherits and may override.
/// Tags declared with <see cref="TagAttribute"/> on the assembly are inherited the same way.
/// </summary>
/// <example><code>[assembly: TemplateDefaults(AvailabilityZone = "us-east-2a", KeyPair = "deploy")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class TemplateDefaultsAttribute : Attribute
{
    /// <summary>
    /// Sets defaults for every <see cref="InstanceTemplateAttribute"/> template of this assembly; a template's own value
    /// wins over the default.
    /// </summary>
    public TemplateDefaultsAttribute()
    {
    }

    /// <summary>The default availability zone, such as <c>us-east-2a</c>.</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>The default blueprint ID.</summary>
    public string? Blueprint { get; set; }

    /// <summary>The default bundle ID.</summary>
    public string? Bundle { get; set; }

    /// <summary>The default key pair name.</summary>
    public string? KeyPair { get; set; }

    /// <summary>The default IP address type (<c>dualstack</c>, <c>ipv4</c> or <c>ipv6</c>).</summary>
    public string? IpAddressType { get; set; }
}
