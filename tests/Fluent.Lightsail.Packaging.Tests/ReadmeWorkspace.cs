using System.Xml.Linq;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The two projects the README has a user create, side by side in a temp folder, as <c>dotnet new console</c>,
/// <c>dotnet new xunit</c> and the README's <c>dotnet add</c> commands leave them, taking the packages from the folder feed.
/// </summary>
internal sealed class ReadmeWorkspace : IDisposable
{
    private ReadmeWorkspace(string directory) => Directory = directory;

    public string Directory { get; }

    public static ReadmeWorkspace Create(PackageFixture package, IReadOnlyDictionary<string, string> appFiles, IReadOnlyDictionary<string, string> testFiles)
    {
        var directory = Path.Combine(Path.GetTempPath(), "fluent-lightsail-readme-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        package.WriteNuGetConfig(directory);

        Write(directory, ReadmeBlocks.App, appFiles, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Fluent.Lightsail" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        Write(directory, ReadmeBlocks.Tests, testFiles, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{RepositoryVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{RepositoryVersion("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{RepositoryVersion("xunit.runner.visualstudio")}" />
                <PackageReference Include="Fluent.Lightsail.Local" Version="{package.Version}" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="../{ReadmeBlocks.App}/{ReadmeBlocks.App}.csproj" />
              </ItemGroup>
              <ItemGroup>
                <Using Include="Xunit" />
              </ItemGroup>
            </Project>
            """);
        return new ReadmeWorkspace(directory);
    }

    public Task<DotnetCli.Result> BuildAsync() =>
        DotnetCli.RunAsync(Directory, TimeSpan.FromMinutes(6), "build", Path.Combine(ReadmeBlocks.Tests, ReadmeBlocks.Tests + ".csproj"), "-c", "Release");

    public Task<DotnetCli.Result> TestAsync() =>
        DotnetCli.RunAsync(Directory, TimeSpan.FromMinutes(5), "test", Path.Combine(ReadmeBlocks.Tests, ReadmeBlocks.Tests + ".csproj"), "-c", "Release", "--no-build");

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

    private static void Write(string root, string project, IReadOnlyDictionary<string, string> files, string projectFile)
    {
        var directory = Path.Combine(root, project);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, project + ".csproj"), projectFile);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, path), text);
        }
    }

    /// <summary>The version this repository's own tests use (Directory.Packages.props), which the NuGet sources here serve.</summary>
    private static string RepositoryVersion(string packageId) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == packageId)
            .Attribute("Version")!.Value;
}
