using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// A loopback TCP proxy between a client and the local endpoint that breaks requests the way networks do, as its
/// schedule says: resets before forwarding, answers lost after the work, answers cut in half, requests held and
/// delivered late. It listens on 127.0.0.1:0 and opens one upstream connection per request, so a held request is
/// delivered even after its client gave up, as a packet already in flight would be.
/// </summary>
internal sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint upstream;
    private readonly Func<ProxiedRequest, ProxyFault> schedule;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<Task, bool> connections = new();
    private readonly ConcurrentDictionary<(string Operation, ProxyFaultKind Kind), int> injected = new();
    private readonly ConcurrentDictionary<(string Operation, string Attempt, string Body), int> seen = new();
    private readonly ConcurrentQueue<string> errors = new();
    private int forwardsInFlight;
    private Task? accepting;

    public TcpFaultProxy(Uri upstream, Func<ProxiedRequest, ProxyFault> schedule)
    {
        this.upstream = new IPEndPoint(IPAddress.Parse(upstream.Host), upstream.Port);
        this.schedule = schedule;
    }

    /// <summary>The proxy's address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    /// <summary>What was done to how many requests, per operation and kind (<see cref="ProxyFaultKind.None"/> included).</summary>
    public IReadOnlyDictionary<(string Operation, ProxyFaultKind Kind), int> Injected => injected;

    /// <summary>Anything the proxy itself failed at (an unreadable message): must stay empty for a run to count.</summary>
    public IReadOnlyCollection<string> Errors => errors;

    public TcpFaultProxy Start()
    {
        listener.Start();
        accepting = AcceptAsync();
        return this;
    }

    /// <summary>
    /// Waits until every client connection has closed and nothing is held or being forwarded: after it, the endpoint
    /// has seen everything it will ever see from this run. Call it once the clients are disposed (or have exited).
    /// </summary>
    public async Task DrainAsync()
    {
        while (!connections.IsEmpty || Volatile.Read(ref forwardsInFlight) > 0)
        {
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await (accepting ?? Task.CompletedTask);
        await Task.WhenAll(connections.Keys);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var serving = ServeAsync(client);
            connections[serving] = true;
            _ = serving.ContinueWith(done => connections.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new HttpMessageReader(stream);
            try
            {
                while (true)
                {
                    var request = await reader.ReadAsync(stop.Token);
                    if (request == null)
                    {
                        return;
                    }

                    if (!await HandleAsync(client, stream, request))
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the proxy is stopping.
            }
            catch (Exception e)
            {
                errors.Enqueue(e.GetType().Name + ": " + e.Message);
            }
        }
    }

    /// <summary>Applies the schedule to one request; false when the client's connection is gone afterwards.</summary>
    private async Task<bool> HandleAsync(TcpClient client, NetworkStream stream, HttpMessage request)
    {
        var operation = request.Header("X-Amz-Target")?.Split('.').Last() ?? string.Empty;
        var attempt = request.Header("amz-sdk-request") ?? string.Empty;
        var occurrence = seen.AddOrUpdate((operation, attempt, request.Body), 1, (_, n) => n + 1);
        var fault = schedule(new ProxiedRequest(operation, attempt, request.Body, occurrence));
        injected.AddOrUpdate((operation, fault.Kind), 1, (_, n) => n + 1);
        if (fault.Kind == ProxyFaultKind.ResetBeforeForwarding)
        {
            Reset(client);
            return false;
        }

        Interlocked.Increment(ref forwardsInFlight);
        byte[]? answer;
        try
        {
            if (fault.Kind == ProxyFaultKind.Delay)
            {
                await Task.Delay(fault.Delay, stop.Token);
            }

            answer = await ForwardAsync(request.Bytes);
        }
        finally
        {
            Interlocked.Decrement(ref forwardsInFlight);
        }

        switch (fault.Kind)
        {
            case ProxyFaultKind.LostResponse:
                Reset(client);
                return false;
            case ProxyFaultKind.TruncatedResponse:
                await stream.WriteAsync(answer.AsMemory(0, answer.Length / 2), stop.Token);
                await stream.FlushAsync(stop.Token);
                Reset(client);
                return false;
            default:
                await stream.WriteAsync(answer, stop.Token);
                return true;
        }
    }

    /// <summary>Sends one request on a fresh connection to the endpoint and reads its whole answer.</summary>
    private async Task<byte[]> ForwardAsync(byte[] request)
    {
        using var connection = new TcpClient();
        await connection.ConnectAsync(upstream, stop.Token);
        var stream = connection.GetStream();
        await stream.WriteAsync(request, stop.Token);
        var answer = await new HttpMessageReader(stream).ReadAsync(stop.Token)
            ?? throw new IOException("The endpoint closed without answering.");
        return answer.Bytes;
    }

    private static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Close();
    }
}
