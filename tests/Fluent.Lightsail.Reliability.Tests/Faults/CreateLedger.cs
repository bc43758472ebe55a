using System.Collections.Concurrent;
using Amazon.Runtime;
using Fluent.Lightsail.Local;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// Reconciles what the client reported with what the endpoint holds. A success must exist exactly once with the
/// operation the client returned; a failure must be typed (a Lightsail exception, or a service exception with an
/// error code), carry the request id when the endpoint answered, and must not exist (else it is a false failure: the
/// caller would retry under a new name or give up on a server it is paying for). No name ever has two creates.
/// </summary>
internal static class CreateLedger
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(LocalLightsailServer server, IReadOnlyCollection<CreateOutcome> outcomes, ILightsailClient inspector, Func<string, int> attemptsOf)
    {
        var problems = new ConcurrentQueue<string>();
        var existing = server.InstanceNames.ToHashSet(StringComparer.Ordinal);
        var requested = outcomes.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stranger in existing.Where(name => !requested.Contains(name)))
        {
            problems.Enqueue($"{stranger}: exists but was never requested");
        }

        await Parallel.ForEachAsync(outcomes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (outcome, cancellationToken) =>
        {
            var creates = await CreateOperationsAsync(inspector, outcome.Name, cancellationToken);
            if (creates.Count > 1)
            {
                problems.Enqueue($"{outcome.Name}: DUPLICATE, the endpoint performed {creates.Count} creates");
            }

            if (outcome.Succeeded)
            {
                if (!existing.Contains(outcome.Name))
                {
                    problems.Enqueue($"{outcome.Name}: LOST, reported created but does not exist");
                }

                var reported = outcome.Created!.Operations.Where(o => o.ResourceName == outcome.Name).ToList();
                if (reported.Count != 1)
                {
                    problems.Enqueue($"{outcome.Name}: reported {reported.Count} operations for the name");
                }
                else if (reported[0].Id is { } id && creates.All(c => c.Id != id))
                {
                    problems.Enqueue($"{outcome.Name}: reported operation {id}, which is not the endpoint's create operation");
                }

                return;
            }

            var failure = outcome.Failure!;
            if (!IsTyped(failure))
            {
                problems.Enqueue($"{outcome.Name}: UNTYPED failure after {attemptsOf(outcome.Name)} attempts, {failure.GetType().FullName}: {failure.Message}");
            }
            else if (failure is AmazonServiceException { StatusCode: not 0 } answered && string.IsNullOrEmpty(answered.RequestId))
            {
                problems.Enqueue($"{outcome.Name}: {failure.GetType().Name} ({answered.StatusCode}) without the endpoint's request id");
            }

            if (existing.Contains(outcome.Name))
            {
                var reserved = server.Instances.Single(i => i.Name == outcome.Name).ReservedAtUtc;
                var checks = (failure as AmazonLightsailException)?.InstanceOutcomes?.Select(o => $"{o.Status} checked {o.CheckedAtUtc:HH:mm:ss.fff}");
                problems.Enqueue($"{outcome.Name}: FALSE FAILURE after {attemptsOf(outcome.Name)} attempts, reported {failure.GetType().Name} ({failure.Message}) but the instance exists (reserved {reserved:HH:mm:ss.fff}; outcomes: {string.Join(", ", checks ?? ["none"])})");
            }
        });

        return [.. problems.OrderBy(p => p, StringComparer.Ordinal)];
    }

    public static bool IsTyped(Exception exception) =>
        exception is AmazonLightsailException
        || exception is AmazonServiceException { ErrorCode: { Length: > 0 } };

    private static async Task<List<Operation>> CreateOperationsAsync(ILightsailClient inspector, string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await inspector.GetOperationsForResourceAsync(new GetOperationsForResourceRequest { ResourceName = name }, cancellationToken);
            return (response.Operations ?? []).Where(o => o.OperationType == OperationType.CreateInstance).ToList();
        }
        catch (NotFoundException)
        {
            return [];
        }
    }
}
