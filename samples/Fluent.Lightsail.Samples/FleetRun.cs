using Fluent.Lightsail.Model;
using Spectre.Console;

namespace Fluent.Lightsail.Samples;

/// <summary>
/// Ensures the sample fleet, waits until every instance is running with its public address (live, per instance), shows
/// the instances, then ensures the same fleet again to show that a re-run changes nothing.
/// </summary>
internal static class FleetRun
{
    public static async Task<int> RunAsync(LightsailTarget target, IReadOnlyList<FleetEntry> fleet, bool printJson, CancellationToken cancellationToken)
    {
        Start(target, fleet, printJson);
        var ensured = new List<EnsureResult>();
        foreach (var entry in fleet)
        {
            // Creates only the names that do not exist yet, in one CreateInstances; never changes or deletes anything else.
            var result = await entry.Builder.EnsureAsync(target.Client, cancellationToken: cancellationToken);
            ensured.Add(result);
            AnsiConsole.MarkupLine($"Ensured {Markup.Escape(entry.Title)}: created [green]{Names(result.Created)}[/], already there [blue]{Names(result.AlreadyExisted)}[/]");
            foreach (var drift in result.Drift)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(drift.ToString())}[/]");
            }
        }

        IReadOnlyList<ReadyInstance> ready;
        try
        {
            ready = await WaitWithProgressAsync(target, ensured.SelectMany(e => e.InstanceNames).ToList(), cancellationToken);
        }
        catch (InstanceNotReadyException notReady)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(notReady.Message)}[/]");
            return 1;
        }

        ShowInstances(ready);

        AnsiConsole.MarkupLine("Ensuring the same fleet again:");
        var upToDate = true;
        foreach (var entry in fleet)
        {
            var again = await entry.Builder.EnsureAsync(target.Client, cancellationToken: cancellationToken);
            upToDate &= again.ChangedNothing && again.Plan.IsUpToDate;
            AnsiConsole.WriteLine(again.Plan.ToString());
        }

        AnsiConsole.MarkupLine(upToDate ? "[green]Everything is up to date: the second run created and changed nothing.[/]" : "[yellow]The second run still found differences.[/]");
        return upToDate ? 0 : 1;
    }

    /// <summary>--plan: what ensuring the fleet would do, read from Lightsail; nothing is changed.</summary>
    public static async Task<int> PlanAsync(LightsailTarget target, IReadOnlyList<FleetEntry> fleet, bool printJson, CancellationToken cancellationToken)
    {
        Start(target, fleet, printJson);
        foreach (var entry in fleet)
        {
            var plan = await entry.Builder.PlanAsync(target.Client, cancellationToken);
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(entry.Title)}[/]");
            AnsiConsole.WriteLine(plan.ToString());
        }

        AnsiConsole.MarkupLine("[grey]--plan changes nothing.[/]");
        return 0;
    }

    private static void Start(LightsailTarget target, IReadOnlyList<FleetEntry> fleet, bool printJson)
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal; a log file reads better with the table on one line per row.
            AnsiConsole.Profile.Width = 160;
        }

        AnsiConsole.MarkupLine($"Target: [bold]{Markup.Escape(target.Description)}[/]");
        if (printJson)
        {
            foreach (var entry in fleet)
            {
                AnsiConsole.MarkupLine($"[grey]{Markup.Escape(entry.Title)}[/]");
                AnsiConsole.WriteLine(entry.Builder.Build().ToJson());
            }
        }
    }

    private static async Task<IReadOnlyList<ReadyInstance>> WaitWithProgressAsync(LightsailTarget target, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReadyInstance> ready = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = names.ToDictionary(name => name, name => context.AddTask(Markup.Escape(name), maxValue: 100));
                var options = new ReadyOptions
                {
                    PollInterval = target.PollInterval,
                    Progress = new InlineProgress(readiness =>
                    {
                        var task = tasks[readiness.Name];
                        task.Value = readiness.IsReady ? 100 : readiness.State == "running" ? 70 : readiness.State == null ? 0 : 30;
                        var colour = readiness.IsReady ? "green" : "grey";
                        task.Description = $"{Markup.Escape(readiness.Name)} [{colour}]{Markup.Escape(readiness.State ?? "not found yet")} {Markup.Escape(readiness.PublicIpAddress ?? readiness.Ipv6Address ?? "(no address yet)")}[/]";
                    }),
                };
                ready = await target.Client.WaitUntilInstancesReadyAsync(names, options, cancellationToken);
            });
        return ready;
    }

    private static void ShowInstances(IReadOnlyList<ReadyInstance> ready)
    {
        var table = new Table().Title("Ready instances")
            .AddColumns("Name", "Zone", "Blueprint", "Bundle", "State", "Public IP", "Tags");
        foreach (var instance in ready.Select(r => r.Instance))
        {
            table.AddRow(
                Markup.Escape(instance.Name ?? ""),
                Markup.Escape(instance.Location?.AvailabilityZone ?? ""),
                Markup.Escape(instance.BlueprintId ?? ""),
                Markup.Escape(instance.BundleId ?? ""),
                Markup.Escape(instance.State?.Name ?? ""),
                Markup.Escape(instance.PublicIpAddress ?? ""),
                Markup.Escape(string.Join("\n", (instance.Tags ?? []).Select(t => t.Value is null ? t.Key : $"{t.Key}={t.Value}"))));
        }

        AnsiConsole.Write(table);
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "none" : Markup.Escape(string.Join(", ", names));

    /// <summary>Reports on the waiting thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<InstanceReadiness> report) : IProgress<InstanceReadiness>
    {
        public void Report(InstanceReadiness value) => report(value);
    }
}
