using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

internal sealed class LightsailPaginatorFactory : ILightsailPaginatorFactory
{
    private readonly ILightsailClient client;

    public LightsailPaginatorFactory(ILightsailClient client) => this.client = client;

    public IGetInstancesPaginator GetInstances(GetInstancesRequest request) => new GetInstancesPaginator(client, request);
}
