using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// Follows <c>nextPageToken</c> until a page has none, through Core's <see cref="PaginatedResponse{TResponse}"/> and
/// <see cref="PaginatedResultKeyResponse{TResponse, TResultKey}"/> (the types the SDK's generated paginators use).
/// </summary>
internal sealed class GetInstancesPaginator : IPaginator<GetInstancesResponse>, IGetInstancesPaginator
{
    private readonly ILightsailClient client;
    private readonly GetInstancesRequest request;
    private int inUse;

    public GetInstancesPaginator(ILightsailClient client, GetInstancesRequest request)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.request = request ?? throw new ArgumentNullException(nameof(request));
    }

    public IPaginatedEnumerable<GetInstancesResponse> Responses => new PaginatedResponse<GetInstancesResponse>(this);

    public IPaginatedEnumerable<Instance> Instances =>
        new PaginatedResultKeyResponse<GetInstancesResponse, Instance>(this, response => response.Instances ?? new List<Instance>());

    async IAsyncEnumerable<GetInstancesResponse> IPaginator<GetInstancesResponse>.PaginateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The request's token is advanced page by page, so a second walk would start in the middle.
        if (Interlocked.Exchange(ref inUse, 1) != 0)
        {
            throw new InvalidOperationException("This paginator has already been enumerated; create a new one to page again.");
        }

        var token = request.PageToken;
        do
        {
            request.PageToken = token;
            var response = await client.GetInstancesAsync(request, cancellationToken).ConfigureAwait(false);
            token = response.NextPageToken;
            yield return response;
        }
        while (!string.IsNullOrEmpty(token));
    }
}
