using System.Text.Json;

namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>Runs <c>aws lightsail …</c> (AWS CLI v1) against the local endpoint, isolated like every client process.</summary>
public static class AwsCli
{
    public static async Task<ProcessResult> RunAsync(Uri endpoint, ClientCredentials credentials, params string[] arguments)
    {
        await RealClients.RequireAwsCliAsync();
        string[] all =
        [
            "lightsail", .. arguments,
            "--endpoint-url", endpoint.ToString().TrimEnd('/'),
            "--region", credentials.Region,
            "--output", "json",
            "--cli-connect-timeout", "5",
            "--cli-read-timeout", "15",
        ];
        return await ExternalProcess.RunAsync("aws", all, credentials);
    }

    public static async Task<JsonElement> RunJsonAsync(Uri endpoint, ClientCredentials credentials, params string[] arguments)
    {
        var result = await RunAsync(endpoint, credentials, arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} failed:\n{result}");
        return JsonDocument.Parse(result.StandardOutput).RootElement;
    }
}
