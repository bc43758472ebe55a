using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Integration.Tests.Provisioning.Support;

/// <summary>
/// A real client that cancels its caller's token at the n-th call an ensure makes: just before the call is sent, or just
/// after its answer arrived (the work done, the caller not told yet). Every call an ensure can make is counted.
/// </summary>
public sealed class CancellingClient(AWSCredentials credentials, LightsailClientConfig config, CancellationTokenSource cancellation, int cancelAtCall, bool afterTheAnswer)
    : LightsailClient(credentials, config)
{
    private int calls;

    public override Task<GetInstanceResponse> GetInstanceAsync(GetInstanceRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.GetInstanceAsync(request, cancellationToken));

    public override Task<GetInstancesResponse> GetInstancesAsync(GetInstancesRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.GetInstancesAsync(request, cancellationToken));

    public override Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.CreateInstancesAsync(request, cancellationToken));

    public override Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.TagResourceAsync(request, cancellationToken));

    public override Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.UntagResourceAsync(request, cancellationToken));

    public override Task<EnableAddOnResponse> EnableAddOnAsync(EnableAddOnRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.EnableAddOnAsync(request, cancellationToken));

    public override Task<DisableAddOnResponse> DisableAddOnAsync(DisableAddOnRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.DisableAddOnAsync(request, cancellationToken));

    public override Task<SetIpAddressTypeResponse> SetIpAddressTypeAsync(SetIpAddressTypeRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(() => base.SetIpAddressTypeAsync(request, cancellationToken));

    /// <summary>How many calls the ensure made.</summary>
    public int Calls => calls;

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        var number = Interlocked.Increment(ref calls);
        if (number == cancelAtCall && !afterTheAnswer)
        {
            cancellation.Cancel();
        }

        var answer = await call();
        if (number == cancelAtCall && afterTheAnswer)
        {
            cancellation.Cancel();
        }

        return answer;
    }
}
