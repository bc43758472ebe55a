namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The README followed to the end by a user who has only the packages: its app and its test project, as the blocks leave
/// them, build from the packed Fluent.Lightsail and Fluent.Lightsail.Local, and the README's test passes against the
/// packed local endpoint.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmePackageTests(PackageFixture package)
{
    [Fact]
    public async Task Followed_with_the_packed_packages_the_app_builds_and_the_readme_test_passes()
    {
        using var workspace = ReadmeWorkspace.Create(package, ReadmeWalkthroughTests.FinalFiles(ReadmeBlocks.App), ReadmeWalkthroughTests.FinalFiles(ReadmeBlocks.Tests));

        var build = (await workspace.BuildAsync()).EnsureSuccess("dotnet build of the README's projects");
        Assert.DoesNotMatch(@"(?m)^.*: warning (?!NU1603)", build.Output);

        var test = (await workspace.TestAsync()).EnsureSuccess("dotnet test of the README's test project");
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+1\b", test.Output);
    }
}
