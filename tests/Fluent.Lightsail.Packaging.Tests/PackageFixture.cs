using System.Globalization;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// Packs Fluent.Lightsail and the local endpoint's packages once per test run into a private folder feed. The version is unique per run so that the
/// machine's NuGet cache can never hand a consumer an older package with the same version.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string FeedDirectory { get; } = Path.Combine(Path.GetTempPath(), "fluent-lightsail-feed-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string PackagePath => PathOf("Fluent.Lightsail");

    /// <summary>Every package a user can take: the runtime, then the local endpoint's library and tool, which depend on it.</summary>
    public static readonly string[] PackedProjects = ["Fluent.Lightsail", "Fluent.Lightsail.Local", "Fluent.Lightsail.Local.Tool"];

    public string PathOf(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{Version}.nupkg");

    /// <summary>
    /// Writes a nuget.config into a consumer's <paramref name="directory"/>: this run's folder feed first, then the
    /// machine's configured sources for everything else (AWSSDK.Core, targeting packs, test packages).
    /// </summary>
    public void WriteNuGetConfig(string directory) => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local-feed" value="{FeedDirectory}" />
          </packageSources>
        </configuration>
        """);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        foreach (var name in PackedProjects)
        {
            var project = Path.Combine(RepositoryPaths.Root, "src", name, name + ".csproj");
            (await DotnetCli.RunAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}"))
                .EnsureSuccess("dotnet pack " + name);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(FeedDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
