namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>The README's main command: the sample creates its fleet against the local endpoint and shows it.</summary>
public sealed class SampleRunTests
{
    [Fact]
    public async Task The_main_command_creates_every_sample_instance_on_the_local_endpoint()
    {
        var project = Path.Combine(RepositoryPaths.Root, "samples", "Fluent.Lightsail.Samples");

        var run = await DotnetCli.RunAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "run", "--project", project, "--", "--operation-delay", "0.2");

        run.EnsureSuccess("the sample");
        Assert.Contains("local Lightsail endpoint http://127.0.0.1:", run.Output, StringComparison.Ordinal);
        foreach (var name in new[] { "web-1", "web-2", "iis-1" })
        {
            Assert.Matches($@"│ {name}\s+│ us-east-1[a-f]\s+│ [a-z0-9_]+\s+│ [a-z0-9_]+\s+│ running", run.Output);
        }
    }
}
