// A faithful stand-in for the part of AWSSDK.Lightsail v4's public API that Fluent.Lightsail's bridge touches
// (AWSSDK.Lightsail is not served here). Shapes follow the v4 generator: namespaces Amazon.Lightsail and
// Amazon.Lightsail.Model, List<T> properties whose backing field defaults to null unless
// AWSConfigs.InitializeCollections, ConstantClass enums with FindValue and an implicit conversion from string,
// Task-returning *Async methods with a CancellationToken, and an interface that supplies IAmazonService's static
// factory members itself on net8+ (so implementations, fakes included, need not).
// Compiled in memory as an assembly named AWSSDK.Lightsail by the bridge tests; never part of a product assembly.
// With OLDER_RELEASE defined it is the surface of a release from before IpAddressType (IPv6) and
// StopInstanceOnIdleRequest (Lightsail for Research), which the bridge must still compile against.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.Lightsail
{
#if !OLDER_RELEASE
    public class IpAddressType : ConstantClass
    {
        public static readonly IpAddressType Dualstack = new IpAddressType("dualstack");
        public static readonly IpAddressType Ipv4 = new IpAddressType("ipv4");
        public static readonly IpAddressType Ipv6 = new IpAddressType("ipv6");
        public IpAddressType(string value) : base(value) { }
        public static IpAddressType FindValue(string value) => FindValue<IpAddressType>(value);
        public static implicit operator IpAddressType(string value) => FindValue(value);
    }
#endif

    public class AddOnType : ConstantClass
    {
        public static readonly AddOnType AutoSnapshot = new AddOnType("AutoSnapshot");
        public static readonly AddOnType StopInstanceOnIdle = new AddOnType("StopInstanceOnIdle");
        public AddOnType(string value) : base(value) { }
        public static AddOnType FindValue(string value) => FindValue<AddOnType>(value);
        public static implicit operator AddOnType(string value) => FindValue(value);
    }

    public class OperationStatus : ConstantClass
    {
        public static readonly OperationStatus Completed = new OperationStatus("Completed");
        public static readonly OperationStatus Failed = new OperationStatus("Failed");
        public static readonly OperationStatus NotStarted = new OperationStatus("NotStarted");
        public static readonly OperationStatus Started = new OperationStatus("Started");
        public static readonly OperationStatus Succeeded = new OperationStatus("Succeeded");
        public OperationStatus(string value) : base(value) { }
        public static OperationStatus FindValue(string value) => FindValue<OperationStatus>(value);
        public static implicit operator OperationStatus(string value) => FindValue(value);
    }

    public interface IAmazonLightsail : IAmazonService, IDisposable
    {
        Task<Model.CreateInstancesResponse> CreateInstancesAsync(Model.CreateInstancesRequest request, CancellationToken cancellationToken = default(CancellationToken));
        Task<Model.GetOperationResponse> GetOperationAsync(Model.GetOperationRequest request, CancellationToken cancellationToken = default(CancellationToken));
        Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

#if NET8_0_OR_GREATER
        // As in the v4 SDK: the interface implements IAmazonService's static abstract factories itself.
        static ClientConfig IAmazonService.CreateDefaultClientConfig() =>
            throw new NotSupportedException("The stand-in has no AmazonLightsailConfig; the bridge never creates clients.");

        static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
            throw new NotSupportedException("The stand-in has no AmazonLightsailClient; the bridge never creates clients.");
#endif
    }

    // Partial and not abstract, as the v4 generator writes it (aws-sdk-facts §6).
    public partial class AmazonLightsailRequest : AmazonWebServiceRequest
    {
    }

    public class OperationType : ConstantClass
    {
        public static readonly OperationType CreateInstance = new OperationType("CreateInstance");
        public static readonly OperationType CreateInstancesFromSnapshot = new OperationType("CreateInstancesFromSnapshot");
        public OperationType(string value) : base(value) { }
        public static OperationType FindValue(string value) => FindValue<OperationType>(value);
        public static implicit operator OperationType(string value) => FindValue(value);
    }

    public class ResourceType : ConstantClass
    {
        public static readonly ResourceType Instance = new ResourceType("Instance");
        public ResourceType(string value) : base(value) { }
        public static ResourceType FindValue(string value) => FindValue<ResourceType>(value);
        public static implicit operator ResourceType(string value) => FindValue(value);
    }

    public class RegionName : ConstantClass
    {
        public static readonly RegionName UsEast1 = new RegionName("us-east-1");
        public static readonly RegionName UsEast2 = new RegionName("us-east-2");
        public RegionName(string value) : base(value) { }
        public static RegionName FindValue(string value) => FindValue<RegionName>(value);
        public static implicit operator RegionName(string value) => FindValue(value);
    }

    // The base of the SDK's Lightsail errors, in Amazon.Lightsail as in v4: the name a `catch` next to
    // `using Fluent.Lightsail;` must bind to.
    public class AmazonLightsailException : AmazonServiceException
    {
        public AmazonLightsailException(string message) : base(message) { }
        public AmazonLightsailException(string message, Exception innerException) : base(message, innerException) { }
    }
}

namespace Amazon.Lightsail.Model
{
    public partial class CreateInstancesRequest : AmazonLightsailRequest
    {
        private List<AddOnRequest> _addOns = AWSConfigs.InitializeCollections ? new List<AddOnRequest>() : null;
        private List<string> _instanceNames = AWSConfigs.InitializeCollections ? new List<string>() : null;
        private List<Tag> _tags = AWSConfigs.InitializeCollections ? new List<Tag>() : null;

        public List<AddOnRequest> AddOns { get { return _addOns; } set { _addOns = value; } }
        public string AvailabilityZone { get; set; }
        public string BlueprintId { get; set; }
        public string BundleId { get; set; }
        [Obsolete("In releases prior to June 12, 2017, this parameter was ignored by the API. It is now deprecated.")]
        public string CustomImageName { get; set; }
        public List<string> InstanceNames { get { return _instanceNames; } set { _instanceNames = value; } }
#if !OLDER_RELEASE
        public IpAddressType IpAddressType { get; set; }
#endif
        public string KeyPairName { get; set; }
        public List<Tag> Tags { get { return _tags; } set { _tags = value; } }
        public string UserData { get; set; }

        // The v4 rule for whether a list is sent: an empty list counts unless collections are initialised by default.
        internal bool IsSetAddOns() => _addOns != null && (_addOns.Count > 0 || !AWSConfigs.InitializeCollections);
        internal bool IsSetInstanceNames() => _instanceNames != null && (_instanceNames.Count > 0 || !AWSConfigs.InitializeCollections);
        internal bool IsSetTags() => _tags != null && (_tags.Count > 0 || !AWSConfigs.InitializeCollections);
    }

    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    public partial class AddOnRequest
    {
        public AddOnType AddOnType { get; set; }
        public AutoSnapshotAddOnRequest AutoSnapshotAddOnRequest { get; set; }
#if !OLDER_RELEASE
        public StopInstanceOnIdleRequest StopInstanceOnIdleRequest { get; set; }
#endif
    }

    public partial class AutoSnapshotAddOnRequest
    {
        public string SnapshotTimeOfDay { get; set; }
    }

#if !OLDER_RELEASE
    public partial class StopInstanceOnIdleRequest
    {
        public string Duration { get; set; }
        public string Threshold { get; set; }
    }
#endif

    public partial class CreateInstancesResponse : AmazonWebServiceResponse
    {
        private List<Operation> _operations = AWSConfigs.InitializeCollections ? new List<Operation>() : null;
        public List<Operation> Operations { get { return _operations; } set { _operations = value; } }
    }

    public partial class GetOperationRequest : AmazonLightsailRequest
    {
        public string OperationId { get; set; }
    }

    public partial class GetOperationResponse : AmazonWebServiceResponse
    {
        public Operation Operation { get; set; }
    }

    // The 12 members of v4's Operation (aws-sdk-facts §6), value types nullable.
    public partial class Operation
    {
        public DateTime? CreatedAt { get; set; }
        public string ErrorCode { get; set; }
        public string ErrorDetails { get; set; }
        public string Id { get; set; }
        public bool? IsTerminal { get; set; }
        public ResourceLocation Location { get; set; }
        public string OperationDetails { get; set; }
        public OperationType OperationType { get; set; }
        public string ResourceName { get; set; }
        public ResourceType ResourceType { get; set; }
        public OperationStatus Status { get; set; }
        public DateTime? StatusChangedAt { get; set; }
    }

    public partial class ResourceLocation
    {
        public string AvailabilityZone { get; set; }
        public RegionName RegionName { get; set; }
    }
}
