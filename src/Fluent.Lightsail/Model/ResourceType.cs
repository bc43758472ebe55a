using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The type of a Lightsail resource. Mirrors <c>Amazon.Lightsail.ResourceType</c>.</summary>
public sealed class ResourceType : ConstantClass
{
    /// <summary>The value <c>ContainerService</c>.</summary>
    public static readonly ResourceType ContainerService = new("ContainerService");

    /// <summary>The value <c>Instance</c>.</summary>
    public static readonly ResourceType Instance = new("Instance");

    /// <summary>The value <c>StaticIp</c>.</summary>
    public static readonly ResourceType StaticIp = new("StaticIp");

    /// <summary>The value <c>KeyPair</c>.</summary>
    public static readonly ResourceType KeyPair = new("KeyPair");

    /// <summary>The value <c>InstanceSnapshot</c>.</summary>
    public static readonly ResourceType InstanceSnapshot = new("InstanceSnapshot");

    /// <summary>The value <c>Domain</c>.</summary>
    public static readonly ResourceType Domain = new("Domain");

    /// <summary>The value <c>PeeredVpc</c>.</summary>
    public static readonly ResourceType PeeredVpc = new("PeeredVpc");

    /// <summary>The value <c>LoadBalancer</c>.</summary>
    public static readonly ResourceType LoadBalancer = new("LoadBalancer");

    /// <summary>The value <c>LoadBalancerTlsCertificate</c>.</summary>
    public static readonly ResourceType LoadBalancerTlsCertificate = new("LoadBalancerTlsCertificate");

    /// <summary>The value <c>Disk</c>.</summary>
    public static readonly ResourceType Disk = new("Disk");

    /// <summary>The value <c>DiskSnapshot</c>.</summary>
    public static readonly ResourceType DiskSnapshot = new("DiskSnapshot");

    /// <summary>The value <c>RelationalDatabase</c>.</summary>
    public static readonly ResourceType RelationalDatabase = new("RelationalDatabase");

    /// <summary>The value <c>RelationalDatabaseSnapshot</c>.</summary>
    public static readonly ResourceType RelationalDatabaseSnapshot = new("RelationalDatabaseSnapshot");

    /// <summary>The value <c>ExportSnapshotRecord</c>.</summary>
    public static readonly ResourceType ExportSnapshotRecord = new("ExportSnapshotRecord");

    /// <summary>The value <c>CloudFormationStackRecord</c>.</summary>
    public static readonly ResourceType CloudFormationStackRecord = new("CloudFormationStackRecord");

    /// <summary>The value <c>Alarm</c>.</summary>
    public static readonly ResourceType Alarm = new("Alarm");

    /// <summary>The value <c>ContactMethod</c>.</summary>
    public static readonly ResourceType ContactMethod = new("ContactMethod");

    /// <summary>The value <c>Distribution</c>.</summary>
    public static readonly ResourceType Distribution = new("Distribution");

    /// <summary>The value <c>Certificate</c>.</summary>
    public static readonly ResourceType Certificate = new("Certificate");

    /// <summary>The value <c>Bucket</c>.</summary>
    public static readonly ResourceType Bucket = new("Bucket");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public ResourceType(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static ResourceType FindValue(string value) => FindValue<ResourceType>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator ResourceType(string value) => FindValue(value);
}
