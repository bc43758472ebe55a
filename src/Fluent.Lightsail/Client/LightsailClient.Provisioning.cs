using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Client.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// The operations that read and change existing instances. Plain Core invocations: they are retried as Core retries
/// every call (throttling, 5xx, transport errors), which is safe because each sets a state rather than adds to one.
/// DisableAddOn and DeleteInstance are the exceptions: a retry after a lost answer is refused, so that refusal is checked.
/// Every failure leaves typed, as the creates' do (<c>InvokeTypedAsync</c>).
/// </summary>
public partial class LightsailClient
{
    private ILightsailPaginatorFactory? paginators;

    /// <inheritdoc />
    public ILightsailPaginatorFactory Paginators => paginators ??= new LightsailPaginatorFactory(this);

    /// <inheritdoc />
    public virtual Task<GetInstancesResponse> GetInstancesAsync(GetInstancesRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<GetInstancesResponse>("GetInstances", request, ProvisioningRequestMarshallers.GetInstances, GetInstancesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<TagResourceResponse>("TagResource", request, ProvisioningRequestMarshallers.TagResource, ChangeResponseUnmarshallers.TagResource, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<UntagResourceResponse>("UntagResource", request, ProvisioningRequestMarshallers.UntagResource, ChangeResponseUnmarshallers.UntagResource, cancellationToken);

    /// <inheritdoc />
    public virtual Task<EnableAddOnResponse> EnableAddOnAsync(EnableAddOnRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<EnableAddOnResponse>("EnableAddOn", request, ProvisioningRequestMarshallers.EnableAddOn, ChangeResponseUnmarshallers.EnableAddOn, cancellationToken);

    /// <inheritdoc />
    public virtual async Task<DisableAddOnResponse> DisableAddOnAsync(DisableAddOnRequest request, CancellationToken cancellationToken = default)
    {
        var options = new CountingInvokeOptions
        {
            RequestMarshaller = ProvisioningRequestMarshallers.DisableAddOn,
            ResponseUnmarshaller = ChangeResponseUnmarshallers.DisableAddOn,
        };
        try
        {
            return await InvokeTypedAsync<DisableAddOnResponse>("DisableAddOn", request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException refused) when (options.AttemptsSent > 1 && request.ResourceName != null && request.AddOnType != null)
        {
            // The one change a retry cannot repeat: after a lost answer, the retry finds the add-on already disabled.
            var recovered = await RecoverDisabledAddOnAsync(request.ResourceName, request.AddOnType.Value, refused, cancellationToken).ConfigureAwait(false);
            if (recovered == null)
            {
                throw;
            }

            return recovered;
        }
    }

    /// <inheritdoc />
    public virtual Task<SetIpAddressTypeResponse> SetIpAddressTypeAsync(SetIpAddressTypeRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<SetIpAddressTypeResponse>("SetIpAddressType", request, ProvisioningRequestMarshallers.SetIpAddressType, ChangeResponseUnmarshallers.SetIpAddressType, cancellationToken);

    /// <inheritdoc />
    public virtual async Task<DeleteInstanceResponse> DeleteInstanceAsync(DeleteInstanceRequest request, CancellationToken cancellationToken = default)
    {
        var options = new CountingInvokeOptions
        {
            RequestMarshaller = ProvisioningRequestMarshallers.DeleteInstance,
            ResponseUnmarshaller = ChangeResponseUnmarshallers.DeleteInstance,
        };
        try
        {
            return await InvokeTypedAsync<DeleteInstanceResponse>("DeleteInstance", request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonLightsailException refused) when (
            options.AttemptsSent > 1 && request.InstanceName != null && refused is InvalidInputException or NotFoundException)
        {
            // After a lost answer the retry meets the delete the first attempt started ("being deleted"), or its end.
            var delete = await NewestOperationAsync(request.InstanceName, "DeleteInstance", cancellationToken).ConfigureAwait(false);
            if (delete == null || delete.Status == OperationStatus.Failed)
            {
                throw;
            }

            return new DeleteInstanceResponse
            {
                Operations = new List<Operation> { delete },
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = refused.RequestId },
            };
        }
    }

    /// <summary>
    /// A retried DisableAddOn was refused: when the add-on is indeed off, an earlier attempt disabled it and the call
    /// succeeded. Answers its operation (the newest DisableAddOn of the resource), or <see langword="null"/> when the
    /// add-on is still enabled and the refusal stands.
    /// </summary>
    private async Task<DisableAddOnResponse?> RecoverDisabledAddOnAsync(string resourceName, string addOnType, AmazonServiceException refused, CancellationToken cancellationToken)
    {
        var instance = (await GetInstanceAsync(new GetInstanceRequest { InstanceName = resourceName }, cancellationToken).ConfigureAwait(false)).Instance;
        if (instance == null || (instance.AddOns?.Exists(addOn => addOn.Name == addOnType) ?? false))
        {
            return null;
        }

        var disable = await NewestOperationAsync(resourceName, "DisableAddOn", cancellationToken).ConfigureAwait(false);
        return new DisableAddOnResponse
        {
            Operations = disable == null ? new List<Operation>() : new List<Operation> { disable },
            RecoveredAfterRetry = true,
            HttpStatusCode = HttpStatusCode.OK,
            ResponseMetadata = new ResponseMetadata { RequestId = refused.RequestId },
        };
    }

    /// <summary>The resource's newest operation of <paramref name="operationType"/>, or <see langword="null"/> when it has none.</summary>
    private async Task<Operation?> NewestOperationAsync(string resourceName, string operationType, CancellationToken cancellationToken)
    {
        try
        {
            var history = await GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = resourceName }, cancellationToken).ConfigureAwait(false);
            return history.Operations?.Find(operation => operation.OperationType?.Value == operationType);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
