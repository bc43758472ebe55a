using System.Diagnostics;
using System.Globalization;
using System.Text;
using Fluent.Lightsail.Testing;

namespace Fluent.Lightsail.Benchmarks.Editor;

/// <summary>
/// Typing in a real language server: csharp-ls 0.28.0 (analyzers on) over stdio on the project scripts/scale.cs writes
/// with the packed package and on its hand-written twin (the same requests and call sites over the runtime library
/// alone). Per project and diagnostics mode (push, pull) one server: workspace load time, the server's memory (the
/// resident set of its process tree), then the median time from one keystroke to that document's diagnostics, in a
/// template file and in a file no template depends on. A command that prints a table, not a test.
/// </summary>
internal static class EditorBenchmark
{
    private const string ServerVersion = "0.28.0";
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan KeystrokeTimeout = TimeSpan.FromMinutes(5);

    // The template file's edit types into a tag value ("t1" → "t1x"), the unrelated file's into a method body
    // ("=> 2" → "=> 22"); every second keystroke deletes the character again, so the files stay as written.
    private static readonly Edit TemplateEdit = new("Template1.cs", "\"t1", "x");
    private static readonly Edit UnrelatedEdit = new("Helpers.cs", "=> 2", "2");

    public static async Task<int> RunAsync(string[] args)
    {
        var templateCounts = Option(args, "--templates", "100,1000").Split(',').Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        var runs = int.Parse(Option(args, "--runs", "6"), CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(Option(args, "--work", Path.Combine(Path.GetTempPath(), "fluent-lightsail-editor")));
        var repo = RepositoryPaths.Root;
        var server = Option(args, "--server", "") is { Length: > 0 } given ? given : InstallServer(work);

        // --projects-as-written measures the projects already in the work folder as they are, so that a variant made
        // by hand (an analyzer left out, a different generated shape) can be measured the same way.
        var keepProjects = args.Contains("--projects-as-written");

        var rows = new List<Row>();
        foreach (var templates in templateCounts)
        {
            var folder = Path.Combine(work, templates.ToString(CultureInfo.InvariantCulture));
            if (!keepProjects)
            {
                Console.WriteLine($"Writing the {templates}-template projects (dotnet run scripts/scale.cs -- {templates} {folder} --write-only)…");
                RunDotnet(repo, "run", Path.Combine(repo, "scripts", "scale.cs"), "--", templates.ToString(CultureInfo.InvariantCulture), folder, "--write-only");
            }

            foreach (var project in new[] { "hand-written", "with-package" })
            {
                rows.Add(await MeasureAsync(server, templates, project, Path.Combine(folder, project), runs, work));
            }
        }

        var table = Table(rows, runs);
        Console.WriteLine();
        Console.WriteLine(table);
        var output = Path.Combine(work, "editor.md");
        await File.WriteAllTextAsync(output, table);
        Console.WriteLine($"Written to {output}; server logs in {work}.");
        return 0;
    }

    private static async Task<Row> MeasureAsync(string server, int templates, string project, string folder, int runs, string work)
    {
        var loads = new List<TimeSpan>();
        long memory = 0;
        var times = new Dictionary<(DiagnosticsMode, Edit), TimeSpan>();
        foreach (var mode in new[] { DiagnosticsMode.Push, DiagnosticsMode.Pull })
        {
            var log = Path.Combine(work, $"csharp-ls-{templates}-{project}-{mode}.stderr.log");
            Console.WriteLine($"{templates} templates, {project}, {mode}: starting csharp-ls (stderr → {log})…");
            await using var session = LanguageServerSession.Start(server, folder, mode, log);
            var load = await session.LoadAsync(TemplateEdit.File, LoadTimeout);
            loads.Add(load);
            memory = Math.Max(memory, session.ResidentBytes);
            Console.WriteLine($"  loaded in {load.TotalSeconds:F1} s, {session.ResidentBytes / 1048576.0:F0} MB");
            var errors = await session.ErrorCountAsync("Program.cs", KeystrokeTimeout);
            Console.WriteLine($"  errors in Program.cs (the call sites): {errors}");
            if (errors > 0)
            {
                Console.WriteLine("  WARNING: the call sites do not compile in the server; its timings do not describe a working project.");
            }

            await session.OpenAsync(UnrelatedEdit.File);
            foreach (var edit in new[] { TemplateEdit, UnrelatedEdit })
            {
                // One uncounted keystroke and its undo first: the first edit after a load also pays for warming up.
                await session.KeystrokeAsync(edit.File, edit.Anchor, edit.Typed, delete: false, KeystrokeTimeout);
                await session.KeystrokeAsync(edit.File, edit.Anchor, edit.Typed, delete: true, KeystrokeTimeout);
                var samples = new List<TimeSpan>();
                for (var run = 0; run < runs; run++)
                {
                    samples.Add(await session.KeystrokeAsync(edit.File, edit.Anchor, edit.Typed, delete: run % 2 == 1, KeystrokeTimeout));
                }

                if (runs % 2 == 1)
                {
                    await session.KeystrokeAsync(edit.File, edit.Anchor, edit.Typed, delete: true, KeystrokeTimeout);
                }

                times[(mode, edit)] = Median(samples);
                Console.WriteLine($"  {edit.File}: {string.Join(", ", samples.Select(s => s.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)))} s → median {Median(samples).TotalSeconds:F2} s");
            }

            memory = Math.Max(memory, session.ResidentBytes);
        }

        return new Row(templates, project, Median(loads), memory, times);
    }

    private static string Table(List<Row> rows, int runs)
    {
        var text = new StringBuilder();
        text.AppendLine($"Keystroke → diagnostics: median of {runs} keystrokes; load: median of the push and pull sessions; memory: the largest resident set of the server's process tree seen.");
        text.AppendLine();
        text.AppendLine("| templates | project | load s | memory MB | template file, push | template file, pull | unrelated file, push | unrelated file, pull | ratio vs twin |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            var twin = rows.FirstOrDefault(other => other.Templates == row.Templates && other.Project == "hand-written");
            var ratio = twin is null || ReferenceEquals(twin, row) ? "—" : string.Join(", ",
            [
                $"load {Ratio(row.Load, twin.Load)}",
                $"memory {(double)row.Memory / twin.Memory:F2}×",
                $"template {Ratio(row.Time(DiagnosticsMode.Push, TemplateEdit), twin.Time(DiagnosticsMode.Push, TemplateEdit))} / {Ratio(row.Time(DiagnosticsMode.Pull, TemplateEdit), twin.Time(DiagnosticsMode.Pull, TemplateEdit))}",
                $"unrelated {Ratio(row.Time(DiagnosticsMode.Push, UnrelatedEdit), twin.Time(DiagnosticsMode.Push, UnrelatedEdit))} / {Ratio(row.Time(DiagnosticsMode.Pull, UnrelatedEdit), twin.Time(DiagnosticsMode.Pull, UnrelatedEdit))}",
            ]);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Templates:N0} | {row.Project} | {row.Load.TotalSeconds:F1} | {row.Memory / 1048576.0:F0} | {Seconds(row.Time(DiagnosticsMode.Push, TemplateEdit))} | {Seconds(row.Time(DiagnosticsMode.Pull, TemplateEdit))} | {Seconds(row.Time(DiagnosticsMode.Push, UnrelatedEdit))} | {Seconds(row.Time(DiagnosticsMode.Pull, UnrelatedEdit))} | {ratio} |"));
        }

        return text.ToString();
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string Ratio(TimeSpan value, TimeSpan baseline)
        => (value / baseline).ToString("F2", CultureInfo.InvariantCulture) + "×";

    private static TimeSpan Median(List<TimeSpan> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>csharp-ls as a dotnet tool in a tool path of its own (the NuGet feed serves it), installed once.</summary>
    private static string InstallServer(string work)
    {
        var toolPath = Path.Combine(Path.GetDirectoryName(work)!, "fluent-lightsail-csharp-ls-" + ServerVersion);
        var server = Path.Combine(toolPath, "csharp-ls");
        if (!File.Exists(server))
        {
            Console.WriteLine($"Installing csharp-ls {ServerVersion} into {toolPath}…");
            RunDotnet(Environment.CurrentDirectory, "tool", "install", "csharp-ls", "--version", ServerVersion, "--tool-path", toolPath);
        }

        return server;
    }

    private static void RunDotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within 30 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed record Edit(string File, string Anchor, string Typed);

    private sealed record Row(int Templates, string Project, TimeSpan Load, long Memory, Dictionary<(DiagnosticsMode, Edit), TimeSpan> Times)
    {
        public TimeSpan Time(DiagnosticsMode mode, Edit edit) => Times[(mode, edit)];
    }
}
