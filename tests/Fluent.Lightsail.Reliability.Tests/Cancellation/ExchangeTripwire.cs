namespace Fluent.Lightsail.Reliability.Tests.Cancellation;

/// <summary>Where, around HTTP exchange n of a run, the <see cref="ExchangeTripwire"/> cancels.</summary>
internal enum CancelPoint
{
    /// <summary>The token is cancelled as the request is about to be sent: the endpoint never sees it.</summary>
    BeforeSend,

    /// <summary>The request reaches the endpoint and its work is done, then the caller cancels before the answer arrives.</summary>
    WhileInFlight,

    /// <summary>The answer is delivered, then the token is cancelled: the next await of the caller sees it.</summary>
    AfterAnswer,
}

/// <summary>
/// Sits under the SDK's HttpClient and cancels the run's token at a chosen HTTP exchange and point, deterministically:
/// a timer could not hit "between the create's answer and the tag change" on purpose, a counter can. Counts every
/// exchange and names the operation it cancelled at.
/// </summary>
internal sealed class ExchangeTripwire(int exchange, CancelPoint point, CancellationTokenSource run) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _seen;

    /// <summary>How many exchanges went through (all of them when <see cref="CancelledAt"/> is null).</summary>
    public int Exchanges => Volatile.Read(ref _seen);

    /// <summary>The operation of the exchange the tripwire cancelled at, or null if the run had fewer exchanges.</summary>
    public string? CancelledAt { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _seen);
        if (n != exchange)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        CancelledAt = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : "?";
        switch (point)
        {
            case CancelPoint.BeforeSend:
                await run.CancelAsync();
                throw new OperationCanceledException(run.Token);
            case CancelPoint.WhileInFlight:
                using (await base.SendAsync(request, CancellationToken.None))
                {
                    await run.CancelAsync();
                    throw new OperationCanceledException(run.Token);
                }

            default:
                var answer = await base.SendAsync(request, cancellationToken);
                await run.CancelAsync();
                return answer;
        }
    }
}
