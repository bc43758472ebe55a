using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Client.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// The operations that read and change existing instances. Plain Core invocations: they are retried as Core retries
/// every call (throttling, 5xx, transport errors), which is safe because each sets a state rather than adds to one.
/// </summary>
public partial class LightsailClient
{
    private ILightsailPaginatorFactory? paginators;

    /// <inheritdoc />
    public ILightsailPaginatorFactory Paginators => paginators ??= new LightsailPaginatorFactory(this);

    /// <inheritdoc />
    public virtual Task<GetInstancesResponse> GetInstancesAsync(GetInstancesRequest request, CancellationToken cancellationToken = default) =>
        Invoke<GetInstancesResponse>(request, ProvisioningRequestMarshallers.GetInstances, GetInstancesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TagResourceResponse>(request, ProvisioningRequestMarshallers.TagResource, ChangeResponseUnmarshallers.TagResource, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UntagResourceResponse>(request, ProvisioningRequestMarshallers.UntagResource, ChangeResponseUnmarshallers.UntagResource, cancellationToken);

    /// <inheritdoc />
    public virtual Task<EnableAddOnResponse> EnableAddOnAsync(EnableAddOnRequest request, CancellationToken cancellationToken = default) =>
        Invoke<EnableAddOnResponse>(request, ProvisioningRequestMarshallers.EnableAddOn, ChangeResponseUnmarshallers.EnableAddOn, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DisableAddOnResponse> DisableAddOnAsync(DisableAddOnRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DisableAddOnResponse>(request, ProvisioningRequestMarshallers.DisableAddOn, ChangeResponseUnmarshallers.DisableAddOn, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SetIpAddressTypeResponse> SetIpAddressTypeAsync(SetIpAddressTypeRequest request, CancellationToken cancellationToken = default) =>
        Invoke<SetIpAddressTypeResponse>(request, ProvisioningRequestMarshallers.SetIpAddressType, ChangeResponseUnmarshallers.SetIpAddressType, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteInstanceResponse> DeleteInstanceAsync(DeleteInstanceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DeleteInstanceResponse>(request, ProvisioningRequestMarshallers.DeleteInstance, ChangeResponseUnmarshallers.DeleteInstance, cancellationToken);

    private Task<TResponse> Invoke<TResponse>(
        AmazonWebServiceRequest request,
        IMarshaller<IRequest, AmazonWebServiceRequest> marshaller,
        JsonResponseUnmarshaller unmarshaller,
        CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new()
    {
        var options = new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller };
        return InvokeAsync<TResponse>(request, options, cancellationToken);
    }
}
