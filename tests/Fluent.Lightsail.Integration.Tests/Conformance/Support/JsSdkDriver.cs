using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>
/// Drives the official AWS SDK for JavaScript v3 (<c>@aws-sdk/client-lightsail</c>, pinned in Conformance/js) against
/// the local endpoint. The package is installed with npm on first use into that folder (a few seconds from the npm
/// cache); a missing node or npm fails the tests with an install hint.
/// </summary>
public static class JsSdkDriver
{
    public const string InstallHint = "The JS SDK conformance tests need Node.js 20+ and npm: apt-get install nodejs npm.";

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    public static async Task<JsonElement> RunAsync(Uri endpoint, ClientCredentials credentials, JsonObject arguments)
    {
        var directory = await Installed.Value;
        arguments["endpoint"] = endpoint.ToString().TrimEnd('/');
        arguments["credentials"] = new JsonObject
        {
            ["accessKeyId"] = credentials.AccessKeyId,
            ["secretAccessKey"] = credentials.SecretAccessKey,
            ["sessionToken"] = credentials.SessionToken,
            ["region"] = credentials.Region,
        };
        var result = await RunNodeToolAsync("node", [Path.Combine(directory, "drive.mjs"), arguments.ToJsonString()], credentials, directory);
        Assert.True(result.ExitCode == 0, $"the JS SDK driver failed:\n{result}");
        var lastLine = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        return JsonDocument.Parse(lastLine).RootElement;
    }

    private static async Task<string> InstallAsync()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "Fluent.Lightsail.Integration.Tests", "Conformance", "js");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "@aws-sdk", "client-lightsail")))
        {
            var install = await RunNodeToolAsync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"],
                new ClientCredentials("AKIDNPM", "npm", "us-east-1"), directory, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm install of the JS SDK failed:\n{install}\n{JsSdkDriver.InstallHint}");
        }

        return directory;
    }

    private static async Task<ProcessResult> RunNodeToolAsync(
        string tool, string[] arguments, ClientCredentials credentials, string directory, TimeSpan? timeout = null)
    {
        try
        {
            return await ExternalProcess.RunAsync(tool, arguments, credentials, workingDirectory: directory, timeout: timeout);
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail($"{e.Message}\n{InstallHint}");
            throw;
        }
    }
}
