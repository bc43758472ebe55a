namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>A fresh console project in a temp folder that takes Fluent.Lightsail by PackageReference from a folder feed.</summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(PackageFixture package, string programSource, IReadOnlyDictionary<string, string>? extraFiles = null, string extraProjectItems = "")
    {
        var directory = Path.Combine(Path.GetTempPath(), "fluent-lightsail-consumer-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);

        package.WriteNuGetConfig(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Fluent.Lightsail" Version="{package.Version}" />
              </ItemGroup>
              {extraProjectItems}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), programSource);
        foreach (var (path, text) in extraFiles ?? new Dictionary<string, string>())
        {
            var full = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new ConsumerProject(directory);
    }

    public Task<DotnetCli.Result> BuildAsync() => DotnetCli.RunAsync(Directory, TimeSpan.FromMinutes(5), "build", "-c", "Release");

    public Task<DotnetCli.Result> RunAsync() => DotnetCli.RunAsync(Directory, TimeSpan.FromMinutes(2), "run", "-c", "Release", "--no-build");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
