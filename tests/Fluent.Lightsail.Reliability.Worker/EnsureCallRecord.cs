namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// What one ensure call asked for and what it was told, over all its runs (a failed run is re-run, as a deploy script
/// would): the input of the ensure ledger.
/// </summary>
/// <param name="Runs">How many times <c>EnsureInstancesAsync</c> ran: 1 when the first run succeeded.</param>
/// <param name="Created">The names the successful run reported as created by itself.</param>
/// <param name="Existing">The names it found existing (up to date, reconciled or drifted).</param>
/// <param name="Replacements">The names it reported as drifted in a way only a new instance could fix (never done).</param>
/// <param name="Failures">Each failed run's exception as <c>Type:ErrorCode</c>, in order.</param>
/// <param name="Untyped">Failed runs whose exception was neither an <c>AmazonLightsailException</c> nor a coded service error.</param>
/// <param name="SucceededRunStartedUtc">When the successful run began (this machine's clock), if one did.</param>
public sealed record EnsureCallRecord(
    string CallId,
    string Process,
    IReadOnlyList<string> Names,
    int Runs,
    bool Succeeded,
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Existing,
    IReadOnlyList<string> Replacements,
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Untyped,
    DateTime? SucceededRunStartedUtc = null);
