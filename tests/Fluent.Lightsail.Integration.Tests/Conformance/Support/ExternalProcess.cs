using System.ComponentModel;
using System.Diagnostics;

namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>
/// Runs a real client (python3, aws) with an environment that cannot reach AWS: inherited AWS_* and proxy
/// variables removed, explicit credentials and region, no config or credentials files, instance metadata off.
/// Every run has a timeout and the process tree is killed when it passes.
/// </summary>
public static class ExternalProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ClientCredentials credentials,
        IReadOnlyDictionary<string, string>? extraEnvironment = null,
        TimeSpan? timeout = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start.Environment, credentials);
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' could not be started ({e.Message}).", e);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', start.ArgumentList)}' did not finish within {timeout ?? DefaultTimeout}.");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private static void Isolate(IDictionary<string, string?> environment, ClientCredentials credentials)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase) ||
                name.Contains("proxy", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("BOTO", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        var nowhere = Path.Combine(Path.GetTempPath(), "fluent-lightsail-no-aws-config", Guid.NewGuid().ToString("N"));
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey;
        if (credentials.SessionToken is not null)
        {
            environment["AWS_SESSION_TOKEN"] = credentials.SessionToken;
        }

        environment["AWS_DEFAULT_REGION"] = credentials.Region;
        environment["AWS_REGION"] = credentials.Region;
        environment["AWS_CONFIG_FILE"] = Path.Combine(nowhere, "config");
        environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(nowhere, "credentials");
        environment["AWS_RETRY_MODE"] = "standard";
        environment["AWS_MAX_ATTEMPTS"] = "3";
        environment["AWS_PAGER"] = string.Empty;
        environment["NO_PROXY"] = "127.0.0.1,localhost";
        environment["no_proxy"] = "127.0.0.1,localhost";
        environment["PYTHONDONTWRITEBYTECODE"] = "1";
        environment["PYTHONIOENCODING"] = "utf-8";
    }
}
