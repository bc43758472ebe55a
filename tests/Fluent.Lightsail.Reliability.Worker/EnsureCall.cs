using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// One ensure call: <c>EnsureInstancesAsync</c> on a fleet, re-run after each failure until a run succeeds or
/// <paramref name="maxRuns"/> have failed, as a deploy script re-runs. The re-run is what the tests rely on to finish a
/// fleet that a fault left half done.
/// </summary>
public static class EnsureCall
{
    public static async Task<EnsureCallRecord> RunAsync(
        ILightsailClient client, string process, string callId, IReadOnlyList<string> names, EnsureOptions options, int maxRuns, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var untyped = new List<string>();
        for (var run = 1; run <= maxRuns; run++)
        {
            var started = DateTime.UtcNow;
            try
            {
                var result = await client.EnsureInstancesAsync(EnsureFleet.Desired(names), options, cancellationToken);
                return Record(callId, process, names, run, result, failures, untyped, started);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var code = (exception as AmazonServiceException)?.ErrorCode;
                failures.Add($"{exception.GetType().Name}:{code}");
                if (!IsTyped(exception))
                {
                    untyped.Add($"{exception.GetType().FullName}: {exception.Message} ({Origin(exception)})");
                }
            }
        }

        return new EnsureCallRecord(callId, process, names, maxRuns, false, [], [], [], failures, untyped);
    }

    /// <summary>The provisioning step the exception left, from its stack trace: which call of the ensure was not typed.</summary>
    private static string Origin(Exception exception) =>
        exception.StackTrace?.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("Fluent.Lightsail.Provisioning", StringComparison.Ordinal)) ?? "no provisioning frame";

    /// <summary>A failure a caller can act on: a Lightsail exception, or a service error with its code.</summary>
    public static bool IsTyped(Exception exception) =>
        exception is AmazonLightsailException || exception is AmazonServiceException { ErrorCode.Length: > 0 };

    private static EnsureCallRecord Record(string callId, string process, IReadOnlyList<string> names, int runs, EnsureResult result, List<string> failures, List<string> untyped, DateTime started) =>
        new(callId, process, names, runs, true,
            [.. result.Created],
            [.. result.AlreadyExisted],
            [.. result.Drift.Where(plan => plan.ReplacementDifferences.Any()).Select(plan => plan.Name)],
            failures, untyped, started);
}
