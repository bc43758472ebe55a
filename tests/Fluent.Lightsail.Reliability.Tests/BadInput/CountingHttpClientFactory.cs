using Amazon.Runtime;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>Counts every HTTP request the SDK's HttpClient sends: the client-side proof that nothing reached the wire.</summary>
internal sealed class CountingHttpClientFactory : HttpClientFactory
{
    private readonly Counter _counter = new();
    private HttpClient? _client;

    public int Sent => _counter.Sent;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        _client ??= new HttpClient(_counter) { Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(10) };

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    public override string GetConfigUniqueString(IClientConfig clientConfig) => "reliability-counting";

    private sealed class Counter() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _sent;

        public int Sent => Volatile.Read(ref _sent);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sent);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
