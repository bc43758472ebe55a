using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The type of a Lightsail operation. Mirrors <c>Amazon.Lightsail.OperationType</c>.</summary>
public sealed class OperationType : ConstantClass
{
    /// <summary>The value <c>DeleteKnownHostKeys</c>.</summary>
    public static readonly OperationType DeleteKnownHostKeys = new("DeleteKnownHostKeys");

    /// <summary>The value <c>DeleteInstance</c>.</summary>
    public static readonly OperationType DeleteInstance = new("DeleteInstance");

    /// <summary>The value <c>CreateInstance</c>.</summary>
    public static readonly OperationType CreateInstance = new("CreateInstance");

    /// <summary>The value <c>StopInstance</c>.</summary>
    public static readonly OperationType StopInstance = new("StopInstance");

    /// <summary>The value <c>StartInstance</c>.</summary>
    public static readonly OperationType StartInstance = new("StartInstance");

    /// <summary>The value <c>RebootInstance</c>.</summary>
    public static readonly OperationType RebootInstance = new("RebootInstance");

    /// <summary>The value <c>OpenInstancePublicPorts</c>.</summary>
    public static readonly OperationType OpenInstancePublicPorts = new("OpenInstancePublicPorts");

    /// <summary>The value <c>PutInstancePublicPorts</c>.</summary>
    public static readonly OperationType PutInstancePublicPorts = new("PutInstancePublicPorts");

    /// <summary>The value <c>CloseInstancePublicPorts</c>.</summary>
    public static readonly OperationType CloseInstancePublicPorts = new("CloseInstancePublicPorts");

    /// <summary>The value <c>AllocateStaticIp</c>.</summary>
    public static readonly OperationType AllocateStaticIp = new("AllocateStaticIp");

    /// <summary>The value <c>ReleaseStaticIp</c>.</summary>
    public static readonly OperationType ReleaseStaticIp = new("ReleaseStaticIp");

    /// <summary>The value <c>AttachStaticIp</c>.</summary>
    public static readonly OperationType AttachStaticIp = new("AttachStaticIp");

    /// <summary>The value <c>DetachStaticIp</c>.</summary>
    public static readonly OperationType DetachStaticIp = new("DetachStaticIp");

    /// <summary>The value <c>UpdateDomainEntry</c>.</summary>
    public static readonly OperationType UpdateDomainEntry = new("UpdateDomainEntry");

    /// <summary>The value <c>DeleteDomainEntry</c>.</summary>
    public static readonly OperationType DeleteDomainEntry = new("DeleteDomainEntry");

    /// <summary>The value <c>CreateDomain</c>.</summary>
    public static readonly OperationType CreateDomain = new("CreateDomain");

    /// <summary>The value <c>DeleteDomain</c>.</summary>
    public static readonly OperationType DeleteDomain = new("DeleteDomain");

    /// <summary>The value <c>CreateInstanceSnapshot</c>.</summary>
    public static readonly OperationType CreateInstanceSnapshot = new("CreateInstanceSnapshot");

    /// <summary>The value <c>DeleteInstanceSnapshot</c>.</summary>
    public static readonly OperationType DeleteInstanceSnapshot = new("DeleteInstanceSnapshot");

    /// <summary>The value <c>CreateInstancesFromSnapshot</c>.</summary>
    public static readonly OperationType CreateInstancesFromSnapshot = new("CreateInstancesFromSnapshot");

    /// <summary>The value <c>CreateLoadBalancer</c>.</summary>
    public static readonly OperationType CreateLoadBalancer = new("CreateLoadBalancer");

    /// <summary>The value <c>DeleteLoadBalancer</c>.</summary>
    public static readonly OperationType DeleteLoadBalancer = new("DeleteLoadBalancer");

    /// <summary>The value <c>AttachInstancesToLoadBalancer</c>.</summary>
    public static readonly OperationType AttachInstancesToLoadBalancer = new("AttachInstancesToLoadBalancer");

    /// <summary>The value <c>DetachInstancesFromLoadBalancer</c>.</summary>
    public static readonly OperationType DetachInstancesFromLoadBalancer = new("DetachInstancesFromLoadBalancer");

    /// <summary>The value <c>UpdateLoadBalancerAttribute</c>.</summary>
    public static readonly OperationType UpdateLoadBalancerAttribute = new("UpdateLoadBalancerAttribute");

    /// <summary>The value <c>CreateLoadBalancerTlsCertificate</c>.</summary>
    public static readonly OperationType CreateLoadBalancerTlsCertificate = new("CreateLoadBalancerTlsCertificate");

    /// <summary>The value <c>DeleteLoadBalancerTlsCertificate</c>.</summary>
    public static readonly OperationType DeleteLoadBalancerTlsCertificate = new("DeleteLoadBalancerTlsCertificate");

    /// <summary>The value <c>AttachLoadBalancerTlsCertificate</c>.</summary>
    public static readonly OperationType AttachLoadBalancerTlsCertificate = new("AttachLoadBalancerTlsCertificate");

    /// <summary>The value <c>CreateDisk</c>.</summary>
    public static readonly OperationType CreateDisk = new("CreateDisk");

    /// <summary>The value <c>DeleteDisk</c>.</summary>
    public static readonly OperationType DeleteDisk = new("DeleteDisk");

    /// <summary>The value <c>AttachDisk</c>.</summary>
    public static readonly OperationType AttachDisk = new("AttachDisk");

    /// <summary>The value <c>DetachDisk</c>.</summary>
    public static readonly OperationType DetachDisk = new("DetachDisk");

    /// <summary>The value <c>CreateDiskSnapshot</c>.</summary>
    public static readonly OperationType CreateDiskSnapshot = new("CreateDiskSnapshot");

    /// <summary>The value <c>DeleteDiskSnapshot</c>.</summary>
    public static readonly OperationType DeleteDiskSnapshot = new("DeleteDiskSnapshot");

    /// <summary>The value <c>CreateDiskFromSnapshot</c>.</summary>
    public static readonly OperationType CreateDiskFromSnapshot = new("CreateDiskFromSnapshot");

    /// <summary>The value <c>CreateRelationalDatabase</c>.</summary>
    public static readonly OperationType CreateRelationalDatabase = new("CreateRelationalDatabase");

    /// <summary>The value <c>UpdateRelationalDatabase</c>.</summary>
    public static readonly OperationType UpdateRelationalDatabase = new("UpdateRelationalDatabase");

    /// <summary>The value <c>DeleteRelationalDatabase</c>.</summary>
    public static readonly OperationType DeleteRelationalDatabase = new("DeleteRelationalDatabase");

    /// <summary>The value <c>CreateRelationalDatabaseFromSnapshot</c>.</summary>
    public static readonly OperationType CreateRelationalDatabaseFromSnapshot = new("CreateRelationalDatabaseFromSnapshot");

    /// <summary>The value <c>CreateRelationalDatabaseSnapshot</c>.</summary>
    public static readonly OperationType CreateRelationalDatabaseSnapshot = new("CreateRelationalDatabaseSnapshot");

    /// <summary>The value <c>DeleteRelationalDatabaseSnapshot</c>.</summary>
    public static readonly OperationType DeleteRelationalDatabaseSnapshot = new("DeleteRelationalDatabaseSnapshot");

    /// <summary>The value <c>UpdateRelationalDatabaseParameters</c>.</summary>
    public static readonly OperationType UpdateRelationalDatabaseParameters = new("UpdateRelationalDatabaseParameters");

    /// <summary>The value <c>StartRelationalDatabase</c>.</summary>
    public static readonly OperationType StartRelationalDatabase = new("StartRelationalDatabase");

    /// <summary>The value <c>RebootRelationalDatabase</c>.</summary>
    public static readonly OperationType RebootRelationalDatabase = new("RebootRelationalDatabase");

    /// <summary>The value <c>StopRelationalDatabase</c>.</summary>
    public static readonly OperationType StopRelationalDatabase = new("StopRelationalDatabase");

    /// <summary>The value <c>EnableAddOn</c>.</summary>
    public static readonly OperationType EnableAddOn = new("EnableAddOn");

    /// <summary>The value <c>DisableAddOn</c>.</summary>
    public static readonly OperationType DisableAddOn = new("DisableAddOn");

    /// <summary>The value <c>PutAlarm</c>.</summary>
    public static readonly OperationType PutAlarm = new("PutAlarm");

    /// <summary>The value <c>GetAlarms</c>.</summary>
    public static readonly OperationType GetAlarms = new("GetAlarms");

    /// <summary>The value <c>DeleteAlarm</c>.</summary>
    public static readonly OperationType DeleteAlarm = new("DeleteAlarm");

    /// <summary>The value <c>TestAlarm</c>.</summary>
    public static readonly OperationType TestAlarm = new("TestAlarm");

    /// <summary>The value <c>CreateContactMethod</c>.</summary>
    public static readonly OperationType CreateContactMethod = new("CreateContactMethod");

    /// <summary>The value <c>GetContactMethods</c>.</summary>
    public static readonly OperationType GetContactMethods = new("GetContactMethods");

    /// <summary>The value <c>SendContactMethodVerification</c>.</summary>
    public static readonly OperationType SendContactMethodVerification = new("SendContactMethodVerification");

    /// <summary>The value <c>DeleteContactMethod</c>.</summary>
    public static readonly OperationType DeleteContactMethod = new("DeleteContactMethod");

    /// <summary>The value <c>CreateDistribution</c>.</summary>
    public static readonly OperationType CreateDistribution = new("CreateDistribution");

    /// <summary>The value <c>UpdateDistribution</c>.</summary>
    public static readonly OperationType UpdateDistribution = new("UpdateDistribution");

    /// <summary>The value <c>DeleteDistribution</c>.</summary>
    public static readonly OperationType DeleteDistribution = new("DeleteDistribution");

    /// <summary>The value <c>ResetDistributionCache</c>.</summary>
    public static readonly OperationType ResetDistributionCache = new("ResetDistributionCache");

    /// <summary>The value <c>AttachCertificateToDistribution</c>.</summary>
    public static readonly OperationType AttachCertificateToDistribution = new("AttachCertificateToDistribution");

    /// <summary>The value <c>DetachCertificateFromDistribution</c>.</summary>
    public static readonly OperationType DetachCertificateFromDistribution = new("DetachCertificateFromDistribution");

    /// <summary>The value <c>UpdateDistributionBundle</c>.</summary>
    public static readonly OperationType UpdateDistributionBundle = new("UpdateDistributionBundle");

    /// <summary>The value <c>SetIpAddressType</c>.</summary>
    public static readonly OperationType SetIpAddressType = new("SetIpAddressType");

    /// <summary>The value <c>CreateCertificate</c>.</summary>
    public static readonly OperationType CreateCertificate = new("CreateCertificate");

    /// <summary>The value <c>DeleteCertificate</c>.</summary>
    public static readonly OperationType DeleteCertificate = new("DeleteCertificate");

    /// <summary>The value <c>CreateContainerService</c>.</summary>
    public static readonly OperationType CreateContainerService = new("CreateContainerService");

    /// <summary>The value <c>UpdateContainerService</c>.</summary>
    public static readonly OperationType UpdateContainerService = new("UpdateContainerService");

    /// <summary>The value <c>DeleteContainerService</c>.</summary>
    public static readonly OperationType DeleteContainerService = new("DeleteContainerService");

    /// <summary>The value <c>CreateContainerServiceDeployment</c>.</summary>
    public static readonly OperationType CreateContainerServiceDeployment = new("CreateContainerServiceDeployment");

    /// <summary>The value <c>CreateContainerServiceRegistryLogin</c>.</summary>
    public static readonly OperationType CreateContainerServiceRegistryLogin = new("CreateContainerServiceRegistryLogin");

    /// <summary>The value <c>RegisterContainerImage</c>.</summary>
    public static readonly OperationType RegisterContainerImage = new("RegisterContainerImage");

    /// <summary>The value <c>DeleteContainerImage</c>.</summary>
    public static readonly OperationType DeleteContainerImage = new("DeleteContainerImage");

    /// <summary>The value <c>CreateBucket</c>.</summary>
    public static readonly OperationType CreateBucket = new("CreateBucket");

    /// <summary>The value <c>DeleteBucket</c>.</summary>
    public static readonly OperationType DeleteBucket = new("DeleteBucket");

    /// <summary>The value <c>CreateBucketAccessKey</c>.</summary>
    public static readonly OperationType CreateBucketAccessKey = new("CreateBucketAccessKey");

    /// <summary>The value <c>DeleteBucketAccessKey</c>.</summary>
    public static readonly OperationType DeleteBucketAccessKey = new("DeleteBucketAccessKey");

    /// <summary>The value <c>UpdateBucketBundle</c>.</summary>
    public static readonly OperationType UpdateBucketBundle = new("UpdateBucketBundle");

    /// <summary>The value <c>UpdateBucket</c>.</summary>
    public static readonly OperationType UpdateBucket = new("UpdateBucket");

    /// <summary>The value <c>SetResourceAccessForBucket</c>.</summary>
    public static readonly OperationType SetResourceAccessForBucket = new("SetResourceAccessForBucket");

    /// <summary>The value <c>UpdateInstanceMetadataOptions</c>.</summary>
    public static readonly OperationType UpdateInstanceMetadataOptions = new("UpdateInstanceMetadataOptions");

    /// <summary>The value <c>StartGUISession</c>.</summary>
    public static readonly OperationType StartGUISession = new("StartGUISession");

    /// <summary>The value <c>StopGUISession</c>.</summary>
    public static readonly OperationType StopGUISession = new("StopGUISession");

    /// <summary>The value <c>SetupInstanceHttps</c>.</summary>
    public static readonly OperationType SetupInstanceHttps = new("SetupInstanceHttps");

    /// <summary>Wraps any value, known or not (the service may add values).</summary>
    public OperationType(string value) : base(value) { }

    /// <summary>Returns the known instance for <paramref name="value"/>, or a new one for an unknown value.</summary>
    public static OperationType FindValue(string value) => FindValue<OperationType>(value);

    /// <summary>Converts a string to the constant with that value.</summary>
    public static implicit operator OperationType(string value) => FindValue(value);
}
