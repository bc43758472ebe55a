// Scale check: generates a project with N templates (default 1,000) and two twins without the generator, builds all
// three from clean, and prints the build times side by side.
//
//   dotnet run scripts/scale.cs -- [templates=1000] [work-folder] [--write-only] [--floors]
//
// - with-package: N [InstanceTemplate] classes and one builder chain per template, Fluent.Lightsail from a folder feed
//   packed from this repository, as a user would take it.
// - hand-written (the fair twin): the same N templates written by hand, a static class per template whose Named(...)
//   returns a small hand-written builder that makes the same CreateInstancesRequest (same tags, add-on, user data) and
//   validates it with CreateInstancesRequestValidator where the generated Build() validates; the same call sites. It
//   references the same package for the runtime library only: no generator or analyzers (a target removes them, since
//   ExcludeAssets="analyzers" alone does not).
// - empty: the old twin, N empty classes, no calls, no package. Kept as the floor of a project of that many files.
//
// --write-only packs, writes and restores the projects and stops (the editor benchmark opens them in a language server).
// --floors also times what the package's output costs the compiler without our generator and analyzers running: the
// generated files as plain sources next to the same templates (no generator can emit this code for less), and the same
// without the DSL's attributes on the templates (what the attributes themselves cost).
// The build times also go to <temp>/fluent-lightsail-benchmarks/scale-<N>.tsv, which the benchmarks' --goals table reads.
using System.Diagnostics;
using System.Globalization;
using System.Text;

var positional = args.Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)).ToArray();
var writeOnly = args.Contains("--write-only");
var floors = args.Contains("--floors");
var templates = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 1000;
var work = positional.Length > 1 ? Path.GetFullPath(positional[1]) : Path.Combine(Path.GetTempPath(), "fluent-lightsail-scale");
var repo = FindRepositoryRoot();
if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
Directory.CreateDirectory(work);

var version = "0.1.0-scale." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var feed = Path.Combine(work, "feed");
Run(repo, "pack", Path.Combine(repo, "src", "Fluent.Lightsail", "Fluent.Lightsail.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}");

var withPackage = WriteProject(Path.Combine(work, "with-package"), templates, ProjectKind.WithPackage);
var handWritten = WriteProject(Path.Combine(work, "hand-written"), templates, ProjectKind.HandWritten);
var empty = WriteProject(Path.Combine(work, "empty"), templates, ProjectKind.Empty);

// Restore first so that the timings are of the build alone.
Run(withPackage, "restore");
Run(handWritten, "restore");
Run(empty, "restore");
if (writeOnly)
{
    Console.WriteLine($"wrote {withPackage}, {handWritten} and {empty}");
    return 0;
}

// The twin is only fair if it compiles without our generator and analyzers: check the compiler's own /analyzer: list
// (a detailed build log names the package's files elsewhere too, before the target removes them).
var twinBuildLog = Run(handWritten, "build", "--no-restore", "-c", "Release", "--no-incremental", "-v:detailed");
if (System.Text.RegularExpressions.Regex.IsMatch(twinBuildLog, @"/analyzer:\S*Fluent\.Lightsail\.(Generator|Analyzers|CodeFixes)\.dll"))
{
    throw new InvalidOperationException("The hand-written twin still passes Fluent.Lightsail's generator or analyzers to the compiler.");
}

var emptyTime = TimeBuild(empty);
var handWrittenTime = TimeBuild(handWritten);
var withTime = TimeBuild(withPackage);

// The compiler's own account of the generator and analyzers inside that build (/reportanalyzer), from one more build.
var report = Run(withPackage, "build", "--no-restore", "-c", "Release", "--no-incremental", "-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary");
var analyzerLines = report.Split('\n')
    .Select(line => line.Trim())
    .Where(line => line.Contains("execution time", StringComparison.OrdinalIgnoreCase)
        || (line.Length > 0 && (char.IsDigit(line[0]) || line[0] == '<') && line.Contains("Fluent.Lightsail", StringComparison.Ordinal))
        || (line.EndsWith(" calls", StringComparison.Ordinal) && line.Contains(" Csc ", StringComparison.Ordinal)))
    .Distinct()
    .ToList();

Console.WriteLine();
Console.WriteLine($"| project ({templates} templates) | clean `dotnet build --no-restore`, median of 3 | with package ÷ this |");
Console.WriteLine("| --- | --- | --- |");
Console.WriteLine($"| with Fluent.Lightsail | {withTime.TotalSeconds:F1} s | 1.00× |");
Console.WriteLine($"| hand-written twin (same requests and calls, runtime only) | {handWrittenTime.TotalSeconds:F1} s | {withTime / handWrittenTime:F2}× |");
Console.WriteLine($"| empty twin (empty classes, no calls, no package) | {emptyTime.TotalSeconds:F1} s | {withTime / emptyTime:F2}× |");
if (floors)
{
    var generated = Path.Combine(work, "generated");
    Run(withPackage, "build", "--no-restore", "-c", "Release", "--no-incremental", "-p:EmitCompilerGeneratedFiles=true", $"-p:CompilerGeneratedFilesOutputPath={generated}");
    var asSource = WriteAsSource(Path.Combine(work, "as-source"), generated, keepAttributes: true);
    var asSourceBare = WriteAsSource(Path.Combine(work, "as-source-no-attributes"), generated, keepAttributes: false);
    var asSourceTime = TimeBuild(asSource);
    var asSourceBareTime = TimeBuild(asSourceBare);
    Console.WriteLine($"| generated code as plain sources, same templates (no generator or analyzer of ours runs) | {asSourceTime.TotalSeconds:F1} s | {withTime / asSourceTime:F2}× (this ÷ twin: {asSourceTime / handWrittenTime:F2}×) |");
    Console.WriteLine($"| the same, templates without the DSL's attributes | {asSourceBareTime.TotalSeconds:F1} s | {withTime / asSourceBareTime:F2}× (this ÷ twin: {asSourceBareTime / handWrittenTime:F2}×) |");
}

Console.WriteLine();
Console.WriteLine("Generator and analyzer times reported by the compiler (-p:ReportAnalyzer=true), and the Csc task's time:");
foreach (var line in analyzerLines) Console.WriteLine("  " + line);

var results = Path.Combine(Path.GetTempPath(), "fluent-lightsail-benchmarks", $"scale-{templates}.tsv");
Directory.CreateDirectory(Path.GetDirectoryName(results)!);
File.WriteAllLines(results,
[
    "with-package\t" + withTime.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
    "hand-written\t" + handWrittenTime.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
    "empty\t" + emptyTime.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
]);
Console.WriteLine();
Console.WriteLine($"Build times written to {results} for the --goals table.");
return 0;

// A project with the with-package project's sources and what our generator wrote for them as plain files, compiled
// like the twin: the package for the runtime only.
string WriteAsSource(string folder, string generated, bool keepAttributes)
{
    Directory.CreateDirectory(Path.Combine(folder, "Generated"));
    WriteProjectFile(folder, ProjectKind.HandWritten);
    File.Copy(Path.Combine(withPackage, "nuget.config"), Path.Combine(folder, "nuget.config"));
    foreach (var file in Directory.GetFiles(withPackage, "*.cs"))
    {
        var lines = File.ReadAllLines(file).Where(line => keepAttributes || !line.StartsWith('['));
        File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), lines);
    }

    foreach (var file in Directory.GetFiles(Path.Combine(generated, "Fluent.Lightsail.Generator"), "*.g.cs", SearchOption.AllDirectories))
    {
        File.Copy(file, Path.Combine(folder, "Generated", Path.GetFileName(file)));
    }

    Run(folder, "restore");
    return folder;
}

void WriteProjectFile(string folder, ProjectKind kind)
{
    var reference = kind switch
    {
        ProjectKind.WithPackage => $"""<ItemGroup><PackageReference Include="Fluent.Lightsail" Version="{version}" /></ItemGroup>""",
        // ExcludeAssets="analyzers" alone does not keep a package's analyzers out of the build (dotnet/sdk#1212,
        // NuGet/Home#6279): the twin ran our generator and analyzers. The target takes them off the compiler's list.
        ProjectKind.HandWritten => $"""
            <ItemGroup><PackageReference Include="Fluent.Lightsail" Version="{version}" ExcludeAssets="analyzers" /></ItemGroup>
            <Target Name="LeaveOutFluentLightsailAnalyzers" AfterTargets="ResolveLockFileAnalyzers" BeforeTargets="CoreCompile">
              <ItemGroup><Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == 'Fluent.Lightsail'" /></ItemGroup>
            </Target>
            """,
        _ => "",
    };
    File.WriteAllText(Path.Combine(folder, "Scale.csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <NoWarn>$(NoWarn);NU1603</NoWarn>
          </PropertyGroup>
          {reference}
        </Project>
        """);
}

string WriteProject(string folder, int count, ProjectKind kind)
{
    Directory.CreateDirectory(folder);
    WriteProjectFile(folder, kind);
    File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration><packageSources><add key="scale-feed" value="{feed}" /></packageSources></configuration>
        """);

    // A file no template depends on: the editor benchmark's "unrelated file" edit goes here.
    File.WriteAllText(Path.Combine(folder, "Helpers.cs"), """
        namespace Scale.Other;

        public static class Helpers
        {
            public static int Two() => 2;
        }
        """);
    if (kind == ProjectKind.HandWritten)
    {
        File.WriteAllText(Path.Combine(folder, "HandBuilder.cs"), HandBuilderText.Source);
    }

    var zones = new[] { "us-east-1a", "us-east-2b", "eu-west-1c", "ap-south-1a" };
    var blueprints = new[] { "ubuntu_24_04", "debian_12", "amazon_linux_2023", "alma_linux_9" };
    var bundles = new[] { "nano_3_0", "micro_3_0", "small_3_0", "medium_3_0" };
    var calls = new StringBuilder();
    for (var i = 0; i < count; i++)
    {
        var openZone = i % 3 == 0;
        var autoSnapshot = i % 2 == 0;
        var userData = i % 5 == 1 ? $"#!/bin/bash\\necho t{i} > /etc/motd\\n" : null;
        var source = new StringBuilder();
        source.AppendLine(kind == ProjectKind.Empty ? "" : "using Fluent.Lightsail;");
        source.AppendLine($"namespace Scale.Group{i % 10};");
        switch (kind)
        {
            case ProjectKind.WithPackage:
                source.AppendLine($"[InstanceTemplate(Blueprint = \"{blueprints[i % 4]}\", Bundle = \"{bundles[i % 4]}\"{(openZone ? "" : $", AvailabilityZone = \"{zones[i % 4]}\"")})]");
                source.AppendLine($"[Tag(\"template\", \"t{i}\")]");
                source.AppendLine(autoSnapshot ? "[AutoSnapshot(\"06:00\")]" : "[Tag(\"tier\", \"batch\")]");
                if (userData != null) source.AppendLine($"[UserData(\"{userData}\")]");
                source.AppendLine($"public partial class Template{i} {{ }}");
                break;
            case ProjectKind.HandWritten:
                // The values the generated builder would send, in the order it sends them.
                var tags = autoSnapshot ? $"(\"template\", \"t{i}\")" : $"(\"template\", \"t{i}\"), (\"tier\", \"batch\")";
                source.AppendLine($"public static class Template{i}");
                source.AppendLine("{");
                source.AppendLine($"    public static HandBuilder Named(params string[] names) => new(names, \"{blueprints[i % 4]}\", \"{bundles[i % 4]}\", "
                    + $"{(openZone ? "null" : $"\"{zones[i % 4]}\"")}, {(autoSnapshot ? "\"06:00\"" : "null")}, "
                    + $"{(userData == null ? "null" : $"\"{userData}\"")}, [{tags}]);");
                source.AppendLine("}");
                break;
            default:
                source.AppendLine($"public partial class Template{i} {{ }}");
                break;
        }

        File.WriteAllText(Path.Combine(folder, $"Template{i}.cs"), source.ToString());
        if (kind != ProjectKind.Empty)
        {
            calls.AppendLine(openZone
                ? $"        _ = Scale.Group{i % 10}.Template{i}.Named(\"n{i}-a\").InZone(\"{zones[i % 4]}\").Build();"
                : $"        _ = Scale.Group{i % 10}.Template{i}.Named(\"n{i}-a\").WithTag(\"owner\", \"scale\").Build();");
        }
    }

    File.WriteAllText(Path.Combine(folder, "Program.cs"), $$"""
        public static class Program
        {
            public static void Main()
            {
        {{calls}}
                System.Console.WriteLine("built" + Scale.Other.Helpers.Two());
            }
        }
        """);
    return folder;
}

// The median of three clean builds: one build on a shared machine can be off by a second either way.
TimeSpan TimeBuild(string folder)
{
    var times = new List<TimeSpan>();
    for (var run = 0; run < 3; run++)
    {
        // Every build starts without a warm compiler server; --no-incremental rebuilds what obj/ holds, and obj/ keeps
        // the restore's project.assets.json, which --no-restore needs.
        Run(folder, "build-server", "shutdown");
        var bin = Path.Combine(folder, "bin");
        if (Directory.Exists(bin)) Directory.Delete(bin, recursive: true);

        var stopwatch = Stopwatch.StartNew();
        Run(folder, "build", "--no-restore", "-c", "Release", "--no-incremental");
        times.Add(stopwatch.Elapsed);
    }

    times.Sort();
    return times[1];
}

static string Run(string folder, params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
    // Build as a user's machine does, with the compiler server (each timed build starts it cold, see TimeBuild): an
    // inherited UseSharedCompilation=false (some CI images set it) runs csc as a new process instead and moves every
    // figure by a second or more.
    start.Environment.Remove("UseSharedCompilation");
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {folder}:\n{stdout.Result}\n{stderr.Result}");
    }

    return stdout.Result;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Fluent.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("Run this from inside the repository.");
}

enum ProjectKind { WithPackage, HandWritten, Empty }

/// <summary>The hand-written twin's one builder: what a user would write once instead of taking the generator.</summary>
static class HandBuilderText
{
    public const string Source = """
        using Fluent.Lightsail;
        using Fluent.Lightsail.Model;

        namespace Scale;

        public sealed class HandBuilder(string[] names, string blueprint, string bundle, string? zone, string? snapshotTime, string? userData, (string Key, string Value)[] tags)
        {
            private string? _zone = zone;
            private (string Key, string Value)? _extraTag;

            public HandBuilder InZone(string zone)
            {
                _zone = zone;
                return this;
            }

            public HandBuilder WithTag(string key, string value)
            {
                _extraTag = (key, value);
                return this;
            }

            public CreateInstancesRequest Build()
            {
                var requestTags = new List<Tag>(tags.Length + 1);
                foreach (var (key, value) in tags) requestTags.Add(new Tag { Key = key, Value = value });
                if (_extraTag is { } extra) requestTags.Add(new Tag { Key = extra.Key, Value = extra.Value });
                var request = new CreateInstancesRequest
                {
                    InstanceNames = [.. names],
                    AvailabilityZone = _zone,
                    BlueprintId = blueprint,
                    BundleId = bundle,
                    UserData = userData,
                    Tags = requestTags,
                    AddOns = snapshotTime == null ? null :
                    [
                        new AddOnRequest
                        {
                            AddOnType = AddOnType.AutoSnapshot,
                            AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = snapshotTime },
                        },
                    ],
                };
                CreateInstancesRequestValidator.ThrowIfInvalid(request);
                return request;
            }
        }
        """;
}
