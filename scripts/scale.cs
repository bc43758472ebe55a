// Scale check: generates a project with N templates (default 1,000) and a twin without Fluent.Lightsail, builds both
// from clean, and prints the build times side by side.
//
//   dotnet run scripts/scale.cs -- [templates=1000] [work-folder]
//
// The project with the package takes Fluent.Lightsail from a folder feed packed from this repository, as a user would.
using System.Diagnostics;
using System.Globalization;
using System.Text;

var templates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var work = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(Path.GetTempPath(), "fluent-lightsail-scale");
var repo = FindRepositoryRoot();
if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
Directory.CreateDirectory(work);

var version = "0.1.0-scale." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var feed = Path.Combine(work, "feed");
Run(repo, "pack", Path.Combine(repo, "src", "Fluent.Lightsail", "Fluent.Lightsail.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}");

var withPackage = WriteProject(Path.Combine(work, "with-package"), templates, usePackage: true);
var withoutPackage = WriteProject(Path.Combine(work, "without-package"), templates, usePackage: false);

// Restore first so that the timings are of the build alone.
Run(withPackage, "restore");
Run(withoutPackage, "restore");
var without = TimeBuild(withoutPackage);
var with = TimeBuild(withPackage);

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
Console.WriteLine($"| project ({templates} templates) | clean `dotnet build --no-restore` |");
Console.WriteLine("| --- | --- |");
Console.WriteLine($"| without Fluent.Lightsail | {without.TotalSeconds:F1} s |");
Console.WriteLine($"| with Fluent.Lightsail | {with.TotalSeconds:F1} s |");
Console.WriteLine($"| ratio | {with.TotalSeconds / without.TotalSeconds:F2}x |");
Console.WriteLine();
Console.WriteLine("Generator and analyzer times reported by the compiler (-p:ReportAnalyzer=true), and the Csc task's time:");
foreach (var line in analyzerLines) Console.WriteLine("  " + line);
return 0;

string WriteProject(string folder, int count, bool usePackage)
{
    Directory.CreateDirectory(folder);
    var reference = usePackage ? $"""<ItemGroup><PackageReference Include="Fluent.Lightsail" Version="{version}" /></ItemGroup>""" : "";
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
    File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration><packageSources><add key="scale-feed" value="{feed}" /></packageSources></configuration>
        """);

    var zones = new[] { "us-east-1a", "us-east-2b", "eu-west-1c", "ap-south-1a" };
    var blueprints = new[] { "ubuntu_24_04", "debian_12", "amazon_linux_2023", "alma_linux_9" };
    var bundles = new[] { "nano_3_0", "micro_3_0", "small_3_0", "medium_3_0" };
    var calls = new StringBuilder();
    for (var i = 0; i < count; i++)
    {
        var source = new StringBuilder();
        source.AppendLine(usePackage ? "using Fluent.Lightsail;" : "");
        source.AppendLine($"namespace Scale.Group{i % 10};");
        if (usePackage)
        {
            source.AppendLine($"[InstanceTemplate(Blueprint = \"{blueprints[i % 4]}\", Bundle = \"{bundles[i % 4]}\"{(i % 3 == 0 ? "" : $", AvailabilityZone = \"{zones[i % 4]}\"")})]");
            source.AppendLine($"[Tag(\"template\", \"t{i}\")]");
            source.AppendLine(i % 2 == 0 ? "[AutoSnapshot(\"06:00\")]" : "[Tag(\"tier\", \"batch\")]");
        }

        source.AppendLine($"public partial class Template{i} {{ }}");
        File.WriteAllText(Path.Combine(folder, $"Template{i}.cs"), source.ToString());
        if (usePackage)
        {
            calls.AppendLine(i % 3 == 0
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
                System.Console.WriteLine("built");
            }
        }
        """);
    return folder;
}

TimeSpan TimeBuild(string folder)
{
    // Both builds start without a warm compiler server; --no-incremental rebuilds what obj/ holds, and obj/ keeps the
    // restore's project.assets.json, which --no-restore needs.
    Run(folder, "build-server", "shutdown");
    var bin = Path.Combine(folder, "bin");
    if (Directory.Exists(bin)) Directory.Delete(bin, recursive: true);

    var stopwatch = Stopwatch.StartNew();
    Run(folder, "build", "--no-restore", "-c", "Release", "--no-incremental");
    return stopwatch.Elapsed;
}

static string Run(string folder, params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
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
