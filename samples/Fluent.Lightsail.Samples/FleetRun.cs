using Fluent.Lightsail.Model;
using Spectre.Console;

namespace Fluent.Lightsail.Samples;

/// <summary>Creates the sample fleet, waits for every operation with a live display, and shows what was created.</summary>
internal static class FleetRun
{
    public static async Task<int> RunAsync(LightsailTarget target, IReadOnlyList<FleetEntry> fleet, bool printJson, CancellationToken cancellationToken)
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
                AnsiConsole.WriteLine(entry.Request.ToJson());
            }
        }

        var created = new List<CreatedInstances>();
        foreach (var entry in fleet)
        {
            // The generated CreateAsync builds (validating first) and calls CreateInstances.
            created.Add(await entry.CreateAsync(target.Client, cancellationToken));
            AnsiConsole.MarkupLine($"CreateInstances [green]accepted[/] {Markup.Escape(entry.Title)}: {string.Join(", ", entry.Request.InstanceNames!)}");
        }

        var failures = await WaitWithProgressAsync(target.Client, created, cancellationToken);
        await ShowInstancesAsync(target.Client, created.SelectMany(c => c.Request.InstanceNames!), cancellationToken);
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> WaitWithProgressAsync(ILightsailClient client, IReadOnlyList<CreatedInstances> created, CancellationToken cancellationToken)
    {
        var failures = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var waits = created.Select(async batch =>
                {
                    var tasks = batch.Operations.ToDictionary(o => o.ResourceName ?? o.Id ?? "?", o => context.AddTask(Markup.Escape(o.ResourceName ?? "?"), maxValue: 100));
                    var progress = new Progress<OperationProgress>(snapshot =>
                    {
                        foreach (var operation in snapshot.Operations)
                        {
                            if (operation.ResourceName is { } name && tasks.TryGetValue(name, out var task))
                            {
                                task.Value = StatusPercent(operation.Status);
                                task.Description = $"{Markup.Escape(name)} [grey]{Markup.Escape(operation.Status?.Value ?? "?")}[/]";
                            }
                        }
                    });
                    try
                    {
                        var operations = await batch.WaitAsync(client, new WaitOptions { Timeout = TimeSpan.FromMinutes(15) }, progress, cancellationToken);
                        foreach (var operation in operations)
                        {
                            if (operation.ResourceName is { } name && tasks.TryGetValue(name, out var task))
                            {
                                task.Value = 100;
                                task.Description = $"{Markup.Escape(name)} [green]{Markup.Escape(operation.Status?.Value ?? "?")}[/]";
                            }
                        }
                    }
                    catch (OperationFailedException failed)
                    {
                        Interlocked.Add(ref failures, failed.Failed.Count);
                        foreach (var operation in failed.Failed)
                        {
                            AnsiConsole.MarkupLine($"[red]{Markup.Escape(operation.ResourceName ?? "?")} failed[/]: {Markup.Escape(operation.ErrorCode ?? "")} {Markup.Escape(operation.ErrorDetails ?? "")}");
                        }
                    }
                });
                await Task.WhenAll(waits);
            });
        return failures;
    }

    private static double StatusPercent(OperationStatus? status) => status?.Value switch
    {
        "NotStarted" => 10,
        "Started" => 50,
        "Succeeded" or "Completed" or "Failed" => 100,
        _ => 0,
    };

    private static async Task ShowInstancesAsync(ILightsailClient client, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var table = new Table().Title("Created instances")
            .AddColumns("Name", "Zone", "Blueprint", "Bundle", "State", "Public IP", "Tags");
        foreach (var name in names)
        {
            var instance = (await client.GetInstanceAsync(new GetInstanceRequest { InstanceName = name }, cancellationToken)).Instance!;
            table.AddRow(
                Markup.Escape(instance.Name ?? name),
                Markup.Escape(instance.Location?.AvailabilityZone ?? ""),
                Markup.Escape(instance.BlueprintId ?? ""),
                Markup.Escape(instance.BundleId ?? ""),
                Markup.Escape(instance.State?.Name ?? ""),
                Markup.Escape(instance.PublicIpAddress ?? ""),
                Markup.Escape(string.Join("\n", (instance.Tags ?? []).Select(t => t.Value is null ? t.Key : $"{t.Key}={t.Value}"))));
        }

        AnsiConsole.Write(table);
    }
}
