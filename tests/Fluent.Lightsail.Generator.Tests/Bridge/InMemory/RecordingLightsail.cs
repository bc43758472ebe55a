// A fake IAmazonLightsail that records what the generated CreateAsync(IAmazonLightsail, ...) hands the SDK. Compiled in
// memory together with the user's templates against the AWSSDK.Lightsail stand-in, so it is source, not a test type.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lightsail;
using Amazon.Lightsail.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

public sealed class RecordingLightsail : IAmazonLightsail
{
    private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

    /// <summary>How many times CreateInstancesAsync was called.</summary>
    public int Calls { get; private set; }

    /// <summary>The last request CreateInstancesAsync received.</summary>
    public CreateInstancesRequest? Request { get; private set; }

    /// <summary>Whether CreateInstancesAsync received the token the caller passed.</summary>
    public bool ReceivedCallersToken { get; private set; }

    /// <summary>The response CreateInstancesAsync answers with.</summary>
    public CreateInstancesResponse Response { get; } = new CreateInstancesResponse { Operations = new() };

    /// <summary>What the call under test returned.</summary>
    public CreateInstancesResponse? Returned { get; private set; }

    /// <summary>What the call under test threw, when it threw.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Runs <paramref name="create"/> with this fake and a token of its own, and records the outcome.</summary>
    public static RecordingLightsail Send(Func<IAmazonLightsail, CancellationToken, Task<CreateInstancesResponse>> create)
    {
        var client = new RecordingLightsail();
        try
        {
            client.Returned = create(client, client._cancellation.Token).GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            client.Failure = exception;
        }

        return client;
    }

    public Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default)
    {
        Calls++;
        Request = request;
        ReceivedCallersToken = cancellationToken == _cancellation.Token;
        return Task.FromResult(Response);
    }

    public Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The bridge only creates; nothing here polls.");

    public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        throw new NotSupportedException("The fake has no endpoint.");

    public IClientConfig Config => throw new NotSupportedException("The fake has no configuration.");

    public void Dispose() => _cancellation.Dispose();
}
