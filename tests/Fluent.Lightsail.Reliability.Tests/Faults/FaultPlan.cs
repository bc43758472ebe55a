using Fluent.Lightsail.Reliability.Tests.Infrastructure;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// A seeded schedule of faults per instance name: which <c>x-fluent-fault</c> each attempt of its CreateInstances call
/// carries (a burst of throttling, 500s, timeouts, dropped connections, a lost response, a truncated body, or a mix),
/// and an occasional fault on the GetInstance / GetOperationsForResource calls of the client's recovery. Keyed by name
/// and attempt, so the schedule is the same however many creates run at once.
/// </summary>
internal sealed class FaultPlan : IFaultSchedule
{
    public const string Throttle = "throttle";
    public const string InternalError = "internal-error";
    public const string DropConnection = "drop-connection";
    public const string LostResponse = "lost-response";
    public const string MalformedJson = "malformed-json";

    private static readonly string[] Recoverable = [Throttle, InternalError, DropConnection];

    private readonly Dictionary<string, string?[]> _creates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _lookups = new(StringComparer.Ordinal);

    public FaultPlan(int seed, IReadOnlyList<string> names, TimeSpan clientTimeout, int maxAttempts)
    {
        // Beyond the client's timeout by a margin, so that a loaded machine cannot turn it into a slow success.
        Timeout = "latency=" + (int)(clientTimeout.TotalMilliseconds * 2) + "ms";
        for (var i = 0; i < names.Count; i++)
        {
            var random = Seeds.For(seed, i, stream: 2);
            _creates[names[i]] = CreateBurst(random, maxAttempts);
            _lookups[names[i]] = random.Next(8) == 0 ? Recoverable[random.Next(Recoverable.Length)] : null;
        }
    }

    /// <summary>The header value that stands for "answer later than the client waits".</summary>
    public string Timeout { get; }

    /// <summary>The fault for attempt <paramref name="attempt"/> (1-based) of the create of <paramref name="name"/>, if any.</summary>
    public string? ForCreate(string name, int attempt) =>
        _creates.TryGetValue(name, out var burst) && attempt <= burst.Length ? burst[attempt - 1] : null;

    /// <summary>The fault of the first recovery look-up of <paramref name="name"/>, if any; later ones pass.</summary>
    public string? ForLookup(string name, int attempt) =>
        attempt == 1 && _lookups.TryGetValue(name, out var fault) ? fault : null;

    public string? FaultFor(string operation, string name, int attempt) => operation switch
    {
        "CreateInstances" => ForCreate(name, attempt),
        "GetInstance" or "GetOperationsForResource" => ForLookup(name, attempt),
        _ => null,
    };

    /// <summary>How many creates are planned to meet each fault kind, for the report.</summary>
    public IReadOnlyDictionary<string, int> PlannedCreateFaults =>
        _creates.Values.SelectMany(burst => burst).Where(fault => fault is not null)
            .GroupBy(fault => fault!.StartsWith("latency", StringComparison.Ordinal) ? "timeout" : fault!)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    private string?[] CreateBurst(Random random, int maxAttempts)
    {
        var kinds = new[] { Throttle, InternalError, Timeout, DropConnection, LostResponse, MalformedJson };
        switch (random.Next(10))
        {
            case < 4:
                return [];
            case < 8:
                // One kind, repeated while the retries can still absorb it; responses that did the work come once.
                var kind = kinds[random.Next(kinds.Length)];
                var length = kind is LostResponse or MalformedJson ? 1 : random.Next(1, maxAttempts);
                return Enumerable.Repeat<string?>(kind, length).ToArray();
            case 8:
                // A mixed burst: the work may be done by one attempt and the next attempts still fail.
                return Enumerable.Range(0, random.Next(2, maxAttempts)).Select(_ => (string?)kinds[random.Next(kinds.Length)]).ToArray();
            default:
                // More failures than attempts: the create must fail, typed, and leave nothing behind it did not report.
                var exhausting = new[] { Throttle, InternalError }[random.Next(2)];
                return Enumerable.Repeat<string?>(exhausting, maxAttempts + 1).ToArray();
        }
    }
}
