using System.Diagnostics;
using System.Text;

namespace Fluent.Lightsail.Tests.WireParity;

/// <summary>
/// The official AWS SDK for JavaScript v3 (tests/js-sdk), installed on first use with npm, run with node. It is the
/// reference the request bodies must match byte for byte. Missing node or npm fails the tests with a clear message:
/// they are part of this machine kind and CI installs nothing else for them.
/// </summary>
internal static class JsSdk
{
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "js-sdk");

    /// <summary>Serialises a JSON array of <paramref name="operation"/> inputs; answers the JSON array serialize.mjs prints.</summary>
    public static async Task<string> SerializeAsync(string inputsJson, string operation = "CreateInstances")
    {
        var directory = await Installed.Value;
        var inputFile = Path.Combine(Path.GetTempPath(), $"fluent-lightsail-parity-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputFile, inputsJson, new UTF8Encoding(false));
        try
        {
            return await RunAsync("node", directory, TimeSpan.FromMinutes(2), "serialize.mjs", inputFile, operation);
        }
        finally
        {
            File.Delete(inputFile);
        }
    }

    private static async Task<string> InstallAsync()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@aws-sdk", "client-lightsail")))
        {
            await RunAsync("npm", Directory, TimeSpan.FromMinutes(5), "install", "--no-audit", "--no-fund", "--no-package-lock");
        }

        return Directory;
    }

    private static async Task<string> RunAsync(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is needed to run the official JS SDK for the wire-parity tests ({e.Message}). Install Node.js 20 or later.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancellation = new CancellationTokenSource(timeout);
            await process.WaitForExitAsync(cancellation.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stderr}");
            }

            return await stdout;
        }
    }
}
