namespace Fluent.Lightsail.Local;

/// <summary>How a <see cref="LocalLightsailServer"/> listens, whom it accepts and how fast operations finish.</summary>
public sealed class LocalLightsailOptions
{
    /// <summary>The default access key ID; obviously not an AWS one (AWS IDs start with AKIA/ASIA).</summary>
    public const string DefaultAccessKeyId = "AKIDLOCALLIGHTSAIL";

    /// <summary>The default secret access key.</summary>
    public const string DefaultSecretAccessKey = "local-lightsail-secret-access-key";

    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="LocalLightsailServer.Endpoint"/>).</summary>
    public int Port { get; set; }

    /// <summary>The access key ID requests must be signed with.</summary>
    public string AccessKeyId { get; set; } = DefaultAccessKeyId;

    /// <summary>The secret key requests must be signed with.</summary>
    public string SecretAccessKey { get; set; } = DefaultSecretAccessKey;

    /// <summary>When set, requests with <see cref="AccessKeyId"/> must carry this <c>x-amz-security-token</c>.</summary>
    public string? SessionToken { get; set; }

    /// <summary>More credentials to accept, e.g. temporary ones beside long-term ones.</summary>
    public IList<LocalCredential> AdditionalCredentials { get; } = new List<LocalCredential>();

    /// <summary>Manual instance snapshots that <c>CreateInstancesFromSnapshot</c> can use by name.</summary>
    public IList<LocalInstanceSnapshot> InstanceSnapshots { get; } = new List<LocalInstanceSnapshot>();

    /// <summary>The region served: the signing scope must name it, and zones must belong to it.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The account ID in ARNs and support codes.</summary>
    public string AccountId { get; set; } = "123456789012";

    /// <summary>How long an operation takes from creation to <c>Succeeded</c>.</summary>
    public TimeSpan OperationDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after an instance reaches <c>running</c> it gets its public IPv4 (and IPv6) address. The service, too,
    /// reports <c>running</c> a moment before the address appears; a wait for a reachable instance must cover the gap.
    /// </summary>
    public TimeSpan PublicIpDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The default of <see cref="PageSize"/>.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The most instances one <c>GetInstances</c> page holds before it answers a <c>nextPageToken</c>.</summary>
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>The clock for operation progress and the signature-age check; tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether a request whose client disconnects stops being worked on (its work is dropped with the connection). Off by default:
    /// like the service, the endpoint finishes every request it has read, so a create whose client timed out during an
    /// injected latency still happens, and a client's recovery can be tested against that. Only stopping the server
    /// cancels such work.
    /// </summary>
    public bool AbortWorkWhenClientDisconnects { get; set; }

    /// <summary>
    /// Called once per request when its outcome is known, just before its answer is written (so also before the client
    /// has it), e.g. to print a log line in the standalone host.
    /// </summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    internal IReadOnlyList<LocalCredential> AllCredentials() =>
        [new LocalCredential(AccessKeyId, SecretAccessKey, SessionToken), .. AdditionalCredentials];
}
