using System.Threading;
using System.Threading.Tasks;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>The operations that read and change existing instances, as <c>Amazon.Lightsail.IAmazonLightsail</c> has them.</summary>
public partial interface ILightsailClient
{
    /// <summary>Paginators that page through every result of a paged operation, such as every instance of the region.</summary>
    ILightsailPaginatorFactory Paginators { get; }

    /// <summary>Returns one page of the region's instances; pass <see cref="GetInstancesResponse.NextPageToken"/> for the next.</summary>
    Task<GetInstancesResponse> GetInstancesAsync(GetInstancesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds tags to a resource, or changes the values of keys it has; starts one operation.</summary>
    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes tags from a resource by key; starts one operation.</summary>
    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Enables an add-on, or changes an enabled one (such as the AutoSnapshot time); starts one operation.</summary>
    Task<EnableAddOnResponse> EnableAddOnAsync(EnableAddOnRequest request, CancellationToken cancellationToken = default);

    /// <summary>Disables an add-on; starts one operation.</summary>
    Task<DisableAddOnResponse> DisableAddOnAsync(DisableAddOnRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the IP address type of a resource; starts one operation.</summary>
    Task<SetIpAddressTypeResponse> SetIpAddressTypeAsync(SetIpAddressTypeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an instance; starts one operation.</summary>
    Task<DeleteInstanceResponse> DeleteInstanceAsync(DeleteInstanceRequest request, CancellationToken cancellationToken = default);
}
