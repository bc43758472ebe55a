using System.Diagnostics;
using Fluent.Lightsail.Integration.Tests.Conformance.Support;

namespace Fluent.Lightsail.Integration.Tests.Conformance;

/// <summary>
/// The standalone endpoint as a user runs it (<c>lightsail-local --port 0 …</c>, the tool's dll): it prints where it
/// listens and what it accepts, serves the AWS CLI with those credentials, and stops cleanly on Ctrl+C (SIGINT).
/// </summary>
public sealed class StandaloneHostTests
{
    private static readonly string HostDll = Path.Combine(AppContext.BaseDirectory, "Fluent.Lightsail.Local.Tool.dll");

    [Fact]
    public async Task Prints_endpoint_and_credentials_serves_the_cli_and_stops_on_sigterm()
    {
        using var host = StartHost("--port", "0", "--access-key", "AKIDSTANDALONE", "--secret-key", "standalone-secret",
            "--region", "eu-west-2", "--operation-delay", "100ms", "--public-ip-delay", "50ms", "--page-size", "1");
        var banner = new List<string>();
        Uri? endpoint = null;
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (endpoint is null && await host.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                banner.Add(line);
                if (line.StartsWith("Local Lightsail endpoint: ", StringComparison.Ordinal))
                {
                    endpoint = new Uri(line["Local Lightsail endpoint: ".Length..]);
                }
            }

            for (var i = 0; i < 5; i++)
            {
                banner.Add(await host.StandardOutput.ReadLineAsync(deadline.Token) ?? string.Empty);
            }
        }

        try
        {
            Assert.NotNull(endpoint);
            Assert.Equal("127.0.0.1", endpoint.Host);
            Assert.Contains(banner, line => line.Contains("AKIDSTANDALONE", StringComparison.Ordinal));
            Assert.Contains(banner, line => line.Contains("standalone-secret", StringComparison.Ordinal));
            Assert.Contains(banner, line => line.Contains("eu-west-2", StringComparison.Ordinal));

            var credentials = new ClientCredentials("AKIDSTANDALONE", "standalone-secret", "eu-west-2");
            var created = await AwsCli.RunJsonAsync(endpoint, credentials,
                "create-instances", "--instance-names", "solo-1", "solo-2", "--availability-zone", "eu-west-2a",
                "--blueprint-id", "debian_12", "--bundle-id", "nano_3_0");
            Assert.Equal("solo-1", created.GetProperty("operations")[0].GetProperty("resourceName").GetString());
            Assert.Contains(banner, line => line.Contains("public IP delay:   00:00:00.0500000", StringComparison.Ordinal));

            // --page-size 1: the CLI's own paginator follows nextPageToken and still lists both.
            var listed = await AwsCli.RunJsonAsync(endpoint, credentials, "get-instances");
            Assert.Equal(["solo-1", "solo-2"], listed.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        }
        finally
        {
            using var interrupt = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await host.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
                Assert.Fail("The standalone host did not stop within 30 s of SIGTERM.");
            }
        }

        var rest = await host.StandardOutput.ReadToEndAsync();
        Assert.Equal(0, host.ExitCode);
        Assert.Contains("CreateInstances", rest);
        Assert.Contains("Stopping.", rest);
    }

    [Fact]
    public async Task Bad_duration_is_refused_with_a_message()
    {
        using var host = StartHost("--operation-delay", "soon");
        var errors = host.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync(deadline.Token);

        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("'soon' is not a duration", await errors);
    }

    [Fact]
    public async Task Region_without_Lightsail_is_refused_in_one_line()
    {
        using var host = StartHost("--port", "0", "--region", "us-west-1");
        var errors = host.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync(deadline.Token);

        Assert.Equal(1, host.ExitCode);
        Assert.StartsWith("Cannot start the local Lightsail endpoint: Lightsail does not run in 'us-west-1'.", await errors);
    }

    private static Process StartHost(params string[] arguments)
    {
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }
}
