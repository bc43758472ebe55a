using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// An <see cref="ILightsailClient"/> that records what a generated <c>CreateAsync</c> sends and answers with one
/// operation per name. Lives in the test assembly: Fluent.Lightsail is shared with the probe's load context.
/// </summary>
internal sealed class RecordingLightsailClient : ILightsailClient
{
    public int Calls { get; private set; }

    public CreateInstancesRequest? Request { get; private set; }

    public CancellationToken Token { get; private set; }

    public Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default)
    {
        Calls++;
        Request = request;
        Token = cancellationToken;
        var operations = request.InstanceNames!.Select(name => new Operation { Id = "op-" + name, ResourceName = name }).ToList();
        return Task.FromResult(new CreateInstancesResponse { Operations = operations });
    }

    public Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotAsync(CreateInstancesFromSnapshotRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders do not poll.");

    public Task<GetInstanceResponse> GetInstanceAsync(GetInstanceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders do not read instances.");

    public Task<GetOperationsForResourceResponse> GetOperationsForResourceAsync(GetOperationsForResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders do not read operations.");

    public ILightsailPaginatorFactory Paginators => throw new NotSupportedException("Builders do not page.");

    public Task<GetInstancesResponse> GetInstancesAsync(GetInstancesRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders do not read instances.");

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<EnableAddOnResponse> EnableAddOnAsync(EnableAddOnRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<DisableAddOnResponse> DisableAddOnAsync(DisableAddOnRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<SetIpAddressTypeResponse> SetIpAddressTypeAsync(SetIpAddressTypeRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Task<DeleteInstanceResponse> DeleteInstanceAsync(DeleteInstanceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Builders only create.");

    public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        throw new NotSupportedException("The fake has no endpoint.");

    public IClientConfig Config => throw new NotSupportedException("The fake has no configuration.");

    public void Dispose()
    {
    }
}
