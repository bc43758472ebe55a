using System.Diagnostics;
using System.Text.Json;
using Fluent.Lightsail.Reliability.Worker;
using Xunit.Abstractions;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>Runs one caller as its own OS process (the worker assembly under <c>dotnet</c>) and reads its call records.</summary>
internal static class WorkerProcess
{
    public static async Task<List<TRecord>> RunAsync<TRecord>(RunSettings settings, ITestOutputHelper output)
    {
        var results = Path.Combine(Path.GetTempPath(), $"fluent-network-{settings.Process}-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(NetworkCreateRun).Assembly.Location);
        foreach (var argument in settings.ToArguments().Append(results))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the worker process");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();

        // Not a timing assertion: a guard so that a hung child fails the run instead of hanging CI.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await child.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"worker {settings.Process} did not finish in 5 minutes");
        }

        output.WriteLine($"worker {settings.Process}: exit {child.ExitCode} {await stdout}{await stderr}");
        Assert.Equal(0, child.ExitCode);
        try
        {
            return JsonSerializer.Deserialize<List<TRecord>>(await File.ReadAllTextAsync(results), NetworkCreateRun.JsonOptions)!;
        }
        finally
        {
            File.Delete(results);
        }
    }

    /// <summary>The <c>dotnet</c> host running these tests, so that the children use the same runtime.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current != null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
