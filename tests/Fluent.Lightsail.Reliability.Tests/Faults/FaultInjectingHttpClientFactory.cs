using Amazon.Runtime;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>Hands the SDK one HttpClient over a test handler (such as a <see cref="FaultHeaderHandler"/>), with the config's timeout applied.</summary>
internal sealed class FaultInjectingHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    private HttpClient? _client;

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        _client ??= new HttpClient(handler, disposeHandler: false) { Timeout = clientConfig.Timeout ?? TimeSpan.FromSeconds(5) };

    // One client for the test's lifetime: the SDK must neither cache nor dispose it.
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    public override string GetConfigUniqueString(IClientConfig clientConfig) => "reliability-faults";
}
