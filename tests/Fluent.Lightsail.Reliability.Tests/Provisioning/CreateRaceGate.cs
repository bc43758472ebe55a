using System.Text.Json;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>
/// Makes ensures race for real, whatever the machine's speed: the first <c>CreateInstances</c> that asks for a
/// contested name (one that several fleets want) is held until another create asking for one of its names arrives,
/// then both go on together, so the endpoint decides which wins and the other meets "already in use". While the first
/// is held its names stay missing, so every other fleet with that name plans to create it too: the peer always comes.
/// A guard releases a create with no peer after <see cref="Guard"/>; that only keeps a broken run from hanging, and is
/// counted (<see cref="Unpaired"/>).
/// </summary>
internal sealed class CreateRaceGate(Func<string, bool> contested) : DelegatingHandler(new SocketsHttpHandler())
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly object _lock = new();
    private readonly List<(HashSet<string> Names, TaskCompletionSource Peer)> _waiting = [];
    private readonly HashSet<string> _raced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    /// <summary>Names two creates were sent for at the same moment.</summary>
    public IReadOnlyCollection<string> Raced
    {
        get
        {
            lock (_lock)
            {
                return [.. _raced];
            }
        }
    }

    /// <summary>Creates released by the guard instead of a peer.</summary>
    public int Unpaired { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.TryGetValues("X-Amz-Target", out var targets) && targets.First().EndsWith(".CreateInstances", StringComparison.Ordinal) && request.Content is not null)
        {
            await WaitForPeerAsync(Names(await request.Content.ReadAsStringAsync(cancellationToken)), cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task WaitForPeerAsync(HashSet<string> names, CancellationToken cancellationToken)
    {
        TaskCompletionSource peer;
        lock (_lock)
        {
            var met = _waiting.Where(w => w.Names.Overlaps(names)).ToList();
            if (met.Count > 0)
            {
                foreach (var waiting in met)
                {
                    _raced.UnionWith(waiting.Names.Intersect(names));
                    waiting.Peer.TrySetResult();
                    _waiting.Remove(waiting);
                }

                _sent.UnionWith(names);
                return;
            }

            // Only a first create of a contested name waits: a later one (a retry, a re-run) may have no peer left.
            var first = names.Any(name => contested(name) && !_sent.Contains(name));
            _sent.UnionWith(names);
            if (!first)
            {
                return;
            }

            peer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((names, peer));
        }

        if (await Task.WhenAny(peer.Task, Task.Delay(Guard, cancellationToken)) != peer.Task)
        {
            lock (_lock)
            {
                _waiting.RemoveAll(w => w.Peer == peer);
                Unpaired++;
            }
        }
    }

    private static HashSet<string> Names(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("instanceNames").EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
