using System.Collections.Concurrent;

namespace Fluent.Lightsail.Local;

/// <summary>Counts of requests per operation, and the request log, for tests that check retries and idempotency.</summary>
public sealed class RequestStats
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    /// <summary>How many requests arrived for <paramref name="operation"/> (answered, refused or faulted).</summary>
    public int Count(string operation) => counts.TryGetValue(operation, out var count) ? count : 0;

    /// <summary>How many requests arrived in total.</summary>
    public int Total => counts.Values.Sum();

    /// <summary>A snapshot of the counts per operation.</summary>
    public IReadOnlyDictionary<string, int> ByOperation => new Dictionary<string, int>(counts, StringComparer.Ordinal);

    /// <summary>A snapshot of every request, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    /// <summary>Forgets counts and log (the state of instances is kept).</summary>
    public void Reset()
    {
        counts.Clear();
        requests.Clear();
    }

    internal void Record(RecordedRequest request)
    {
        counts.AddOrUpdate(request.Operation, 1, (_, count) => count + 1);
        requests.Enqueue(request);
    }
}
