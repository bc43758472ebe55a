using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// The Lightsail operations Fluent.Lightsail needs, shaped like <c>Amazon.Lightsail.IAmazonLightsail</c> so that
/// <c>services.AddAWSService&lt;ILightsailClient&gt;()</c> (AWSSDK.Extensions.NETCore.Setup) registers it.
/// </summary>
public partial interface ILightsailClient : IAmazonService, IDisposable
{
    /// <summary>
    /// Creates one instance per name. A retry that meets "names already in use" for instances an earlier attempt
    /// created is reported as success (see <see cref="CreateInstancesResponse.RecoveredAfterRetry"/>).
    /// </summary>
    Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates one instance per name from a snapshot; retried attempts are made safe as for <see cref="CreateInstancesAsync"/>.</summary>
    Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotAsync(CreateInstancesFromSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns one operation by id.</summary>
    Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns one instance by name.</summary>
    Task<GetInstanceResponse> GetInstanceAsync(GetInstanceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the operations of one resource, newest first.</summary>
    Task<GetOperationsForResourceResponse> GetOperationsForResourceAsync(GetOperationsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Resolves the endpoint a request would be sent to, without sending it.</summary>
    Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

#if NET8_0_OR_GREATER
    /// <summary>Used by AWSSDK.Extensions.NETCore.Setup to create the config of a registered client.</summary>
    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new LightsailClientConfig();

    /// <summary>Used by AWSSDK.Extensions.NETCore.Setup to create a registered client.</summary>
    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        LightsailClient.CreateForServiceCollection(awsCredentials, clientConfig);
#endif
}
