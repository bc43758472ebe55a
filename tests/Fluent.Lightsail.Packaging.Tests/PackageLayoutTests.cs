using System.IO.Compression;

namespace Fluent.Lightsail.Packaging.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    [Theory]
    [InlineData("lib/netstandard2.0/Fluent.Lightsail.dll")]
    [InlineData("lib/net8.0/Fluent.Lightsail.dll")]
    [InlineData("analyzers/dotnet/cs/Fluent.Lightsail.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/Fluent.Lightsail.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/Fluent.Lightsail.CodeFixes.dll")]
    [InlineData("README.md")]
    public void The_one_package_carries_the_runtime_and_the_roslyn_components(string entry)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);

        Assert.Contains(entry, archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Roslyn_components_do_not_leak_into_lib()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);

        Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal)
            && (e.Name.Contains("Generator", StringComparison.Ordinal) || e.Name.Contains("Analyzers", StringComparison.Ordinal)));
    }
}
