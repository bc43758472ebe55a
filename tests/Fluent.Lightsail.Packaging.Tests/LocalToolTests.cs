using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The local endpoint as the README gives it to users: the packed tool, installed with <c>dotnet tool install</c>, starts
/// with one command, prints its endpoint and credentials, serves a <see cref="LightsailClient"/> built from what it
/// printed, and stops on SIGTERM (what Ctrl+C and service managers send).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LocalToolTests(PackageFixture package) : IDisposable
{
    private readonly string _toolPath = Path.Combine(Path.GetTempPath(), "fluent-lightsail-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_installed_tool_prints_its_endpoint_and_credentials_and_serves_them()
    {
        (await DotnetCli.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(3),
                "tool", "install", "Fluent.Lightsail.Local.Tool", "--version", package.Version, "--tool-path", _toolPath, "--add-source", package.FeedDirectory))
            .EnsureSuccess("dotnet tool install");

        using var tool = Process.Start(new ProcessStartInfo(Path.Combine(_toolPath, "lightsail-local"), ["--port", "0", "--quiet"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        try
        {
            var printed = await ReadBannerAsync(tool);
            var endpoint = new Uri(printed["Local Lightsail endpoint"]);
            Assert.Equal("127.0.0.1", endpoint.Host);

            using var lightsail = new LightsailClient(
                new BasicAWSCredentials(printed["access key ID"], printed["secret access key"]),
                new LightsailClientConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = printed["region"] });
            var response = await lightsail.CreateInstancesAsync(new CreateInstancesRequest
            {
                InstanceNames = ["tool-1"],
                AvailabilityZone = printed["region"] + "a",
                BlueprintId = "ubuntu_24_04",
                BundleId = "nano_3_0",
            });

            Assert.Equal("tool-1", Assert.Single(response.Operations!).ResourceName);
            var instance = await lightsail.GetInstanceAsync(new GetInstanceRequest { InstanceName = "tool-1" });
            Assert.Equal("nano_3_0", instance.Instance!.BundleId);
        }
        finally
        {
            await StopAsync(tool);
        }

        Assert.Equal(0, tool.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_toolPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The install failed before it made the folder.
        }
    }

    /// <summary>The "name: value" lines the tool prints before "Press Ctrl+C to stop.".</summary>
    private static async Task<Dictionary<string, string>> ReadBannerAsync(Process tool)
    {
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<string>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await tool.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                return printed;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                printed[line[..colon].Trim()] = line[(colon + 2)..].Trim();
            }
        }

        throw new InvalidOperationException("lightsail-local ended before it was ready:\n" + string.Join('\n', lines));
    }

    private static async Task StopAsync(Process tool)
    {
        if (tool.HasExited)
        {
            return;
        }

        using (var terminate = Process.Start("kill", ["-TERM", tool.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await tool.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            tool.Kill(entireProcessTree: true);
            throw new TimeoutException("lightsail-local did not stop within a minute of SIGTERM.");
        }
    }
}
