using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace Fluent.Lightsail.Benchmarks.Editor;

/// <summary>
/// A JSON-RPC connection to a language server over its stdin/stdout (LSP base protocol: Content-Length framed
/// messages). Answers the server's own requests (configuration, capability registration, progress tokens) so that
/// the server never waits on the client, and hands every notification to <see cref="Notification"/>.
/// </summary>
internal sealed class LspConnection : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private int _nextId;

    public LspConnection(Stream serverStdout, Stream serverStdin, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        _input = serverStdout;
        _output = serverStdin;
        _answerServerRequest = answerServerRequest;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Raised on the reader thread for every notification from the server: method and params.</summary>
    public event Action<string, JsonNode?>? Notification;

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The language server did not answer {method} within {timeout.TotalSeconds:F0} s.");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException)
        {
            // The server is gone or going; nothing is left to read.
        }

        _stop.Dispose();
        _writeLock.Dispose();
    }

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(header);
            await _output.WriteAsync(body);
            await _output.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var length = await ReadHeaderAsync();
                if (length < 0)
                {
                    break;
                }

                var body = new byte[length];
                await _input.ReadExactlyAsync(body, _stop.Token);
                Dispatch(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or EndOfStreamException or ObjectDisposedException)
        {
            // The server closed its output or we are shutting down.
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new IOException("The language server closed the connection."));
            }
        }
    }

    /// <summary>The Content-Length of the next message, or -1 at the end of the stream.</summary>
    private async Task<int> ReadHeaderAsync()
    {
        var length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _input.ReadAsync(one, _stop.Token) == 0)
            {
                return -1;
            }

            if (one[0] != '\n')
            {
                if (one[0] != '\r')
                {
                    line.Append((char)one[0]);
                }

                continue;
            }

            if (line.Length == 0)
            {
                return length;
            }

            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            line.Clear();
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (_pending.TryGetValue(id.GetValue<int>(), out var answer))
            {
                if (message["error"] is { } error)
                {
                    answer.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
                }
                else
                {
                    answer.TrySetResult(message["result"]);
                }
            }

            return;
        }

        if (method is null)
        {
            return;
        }

        if (id is not null)
        {
            var result = _answerServerRequest(method, message["params"]);
            _ = WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
            return;
        }

        Notification?.Invoke(method, message["params"]);
    }
}
