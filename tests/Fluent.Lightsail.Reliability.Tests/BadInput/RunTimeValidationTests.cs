using Fluent.Lightsail.Building;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Fluent.Lightsail.Rules;
using Xunit.Abstractions;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Reliability.Tests.BadInput;

/// <summary>
/// Property: every invalid value of every member, fed through the generated builder's CreateAsync(client) and through a
/// bare InstanceRequestDraft, is rejected with LightsailValidationException naming the expected rule before any byte
/// leaves the process; warning-level findings are reported, not rejected; and random valid requests pass (and, sent,
/// are created), so that the property cannot hold by rejecting everything.
/// </summary>
public sealed class RunTimeValidationTests(ITestOutputHelper output)
{
    private const int InvalidCases = 3000;
    private const int ValidCases = 500;
    private const int ValidCasesSent = 40;

    [Fact]
    public async Task Every_invalid_value_is_rejected_before_any_network_io_and_names_its_rule()
    {
        var seed = ReliabilitySettings.Seed;
        await using var server = await LocalEndpoint.StartAsync();
        var counting = new CountingHttpClientFactory();
        using var client = LocalEndpoint.Client(LocalEndpoint.Config(server, TimeSpan.FromSeconds(10), maxErrorRetry: 2, counting));
        var problems = new List<string>();
        var rejectedByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var reportedByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < InvalidCases; i++)
        {
            var badCase = InvalidValueGenerator.Case(Seeds.For(seed, i, stream: 4), i);
            var problem = badCase.Severity == RuleSeverity.Error ? await RejectionProblemAsync(badCase, client) : ReportProblem(badCase);
            if (problem is not null)
            {
                problems.Add($"case {i}: {problem}\n  {badCase}");
            }
            else
            {
                var tally = badCase.Severity == RuleSeverity.Error ? rejectedByRule : reportedByRule;
                tally[badCase.RuleId] = tally.GetValueOrDefault(badCase.RuleId) + 1;
            }
        }

        output.WriteLine($"{InvalidCases} invalid cases, seed {seed}: rejected by rule {Tally(rejectedByRule)}; reported, not rejected: {Tally(reportedByRule)}");
        output.WriteLine($"requests seen by the endpoint: {server.Stats.Total}; sent by the client: {counting.Sent}");
        Assert.True(problems.Count == 0, $"{problems.Count} problems (seed {seed}):\n" + string.Join("\n", problems.Take(20)));
        Assert.Equal(0, server.Stats.Total);
        Assert.Equal(0, counting.Sent);
        Assert.Equal(InvalidValueGenerator.ErrorKinds, ErrorKindsCovered(seed));

        // Control group: valid values pass Build(), and a sample really goes out and is created.
        var controlProblems = new List<string>();
        for (var i = 0; i < ValidCases; i++)
        {
            var values = ValidValues.Request(Seeds.For(seed, i, stream: 5));
            try
            {
                var request = values.Builder().Build();
                var errors = CreateInstancesRequestValidator.Validate(request).Where(v => v.Severity == RuleSeverity.Error).ToList();
                _ = values.Draft().Build();
                if (errors.Count > 0)
                {
                    controlProblems.Add($"valid case {i} has errors on the hand-built path: {string.Join("; ", errors)}\n  {values}");
                }
            }
            catch (Exception exception)
            {
                controlProblems.Add($"valid case {i} threw {exception.GetType().Name}: {exception.Message}\n  {values}");
            }
        }

        for (var i = 0; i < ValidCasesSent; i++)
        {
            var values = Sendable(Seeds.For(seed, i, stream: 6), i);
            try
            {
                var created = await values.Builder().CreateAsync(client, CancellationToken.None);
                if (created.Operations.Count != values.Names.Count)
                {
                    controlProblems.Add($"sent case {i}: {created.Operations.Count} operations for {values.Names.Count} names");
                }
            }
            catch (Exception exception)
            {
                controlProblems.Add($"sent case {i} failed: {exception.GetType().Name}: {exception.Message}\n  {values}");
            }
        }

        output.WriteLine($"control: {ValidCases} valid requests built, {ValidCasesSent} sent; endpoint now holds {server.InstanceNames.Count} instances");
        Assert.True(controlProblems.Count == 0, string.Join("\n", controlProblems.Take(20)));
        Assert.Equal(ValidCasesSent, server.Stats.Count("CreateInstances"));
    }

    private static async Task<string?> RejectionProblemAsync(BadInputCase badCase, ILightsailClient client)
    {
        var fromBuilder = await CaptureAsync(() => badCase.Values.Builder().CreateAsync(client, CancellationToken.None));
        var fromDraft = await CaptureAsync(async () => await InstanceCreation.CreateAsync(client, badCase.Values.Draft().Build(), CancellationToken.None));
        return Judge("generated builder CreateAsync", fromBuilder, badCase) ?? Judge("InstanceRequestDraft.Build", fromDraft, badCase);
    }

    private static string? Judge(string path, Exception? exception, BadInputCase badCase) => exception switch
    {
        null => $"{path} accepted it",
        LightsailValidationException validation when validation.Errors.Any(v => v.RuleId == badCase.RuleId) => null,
        LightsailValidationException validation => $"{path} rejected it with {string.Join(", ", validation.Errors.Select(v => v.RuleId))}, not {badCase.RuleId}",
        _ => $"{path} threw {exception.GetType().Name}: {exception.Message}",
    };

    /// <summary>Warning-level rules never block a request (by design); they must still be reported on the built request.</summary>
    private static string? ReportProblem(BadInputCase badCase)
    {
        try
        {
            var request = badCase.Values.Builder().Build();
            _ = badCase.Values.Draft().Build();
            var violations = CreateInstancesRequestValidator.Validate(request);
            return violations.Any(v => v.RuleId == badCase.RuleId && v.Severity == badCase.Severity)
                ? null
                : $"built, but {badCase.RuleId} was not reported ({string.Join(", ", violations.Select(v => v.RuleId))})";
        }
        catch (Exception exception)
        {
            return $"a {badCase.Severity} finding blocked the request: {exception.GetType().Name}: {exception.Message}";
        }
    }

    private static async Task<Exception?> CaptureAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static int ErrorKindsCovered(int seed) =>
        Enumerable.Range(0, InvalidCases).Select(i => InvalidValueGenerator.Case(Seeds.For(seed, i, stream: 4), i))
            .Where(c => c.Severity == RuleSeverity.Error).Select(c => c.Kind).Distinct().Count();

    /// <summary>A valid request the local endpoint also accepts: its region's zone, catalogue IDs it serves, ASCII tags.</summary>
    private static RequestValues Sendable(Random random, int index)
    {
        var ipv6 = random.Next(3) == 0;
        return new RequestValues
        {
            Names = Enumerable.Range(0, random.Next(1, 4)).Select(n => (string?)$"{ValidValues.Name(random, 2, 30)}-{index}-{n}").ToList(),
            Zone = "us-east-1" + "abc"[random.Next(3)],
            Blueprint = Blueprints.Ubuntu24_04,
            Bundle = ipv6 ? Bundles.NanoIpv6_3_0 : Bundles.Small3_0,
            Tags = Enumerable.Range(0, random.Next(0, 10)).Select(n => ($"key-{n}-{ValidValues.Name(random, 2, 10)}", (string?)ValidValues.Name(random, 2, 20))).ToList(),
            AutoSnapshot = random.Next(2) == 0,
            SnapshotTime = ValidValues.SnapshotTime(random),
            IpAddressType = ipv6 ? "ipv6" : random.Next(2) == 0 ? "ipv4" : null,
        };
    }

    private static string Tally(SortedDictionary<string, int> tally) => string.Join(", ", tally.Select(p => $"{p.Key}={p.Value}"));
}
