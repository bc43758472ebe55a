namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The README's main command: the sample ensures its fleet against the local endpoint, waits until every instance has
/// its address, shows it, and ensures it again without changing anything; <c>--plan</c> only prints the plan.
/// </summary>
public sealed class SampleRunTests
{
    [Fact]
    public async Task The_main_command_ensures_every_sample_instance_on_the_local_endpoint_and_a_second_ensure_changes_nothing()
    {
        var project = Path.Combine(RepositoryPaths.Root, "samples", "Fluent.Lightsail.Samples");

        var run = await DotnetCli.RunAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "run", "--project", project, "--", "--operation-delay", "0.2");

        run.EnsureSuccess("the sample");
        Assert.Contains("local Lightsail endpoint http://127.0.0.1:", run.Output, StringComparison.Ordinal);
        foreach (var name in new[] { "web-1", "web-2", "iis-1" })
        {
            Assert.Matches($@"│ {name}\s+│ us-east-1[a-f]\s+│ [a-z0-9_]+\s+│ [a-z0-9_]+\s+│ running\s+│ \d+\.\d+\.\d+\.\d+", run.Output);
            Assert.Matches($@"(?m)^= {name} \(up to date\)$", run.Output);
        }

        Assert.Contains("Everything is up to date", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_option_prints_what_would_be_created_and_creates_nothing()
    {
        var project = Path.Combine(RepositoryPaths.Root, "samples", "Fluent.Lightsail.Samples");

        var run = await DotnetCli.RunAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(5), "run", "--project", project, "--", "--plan");

        run.EnsureSuccess("the sample with --plan");
        foreach (var name in new[] { "web-1", "web-2", "iis-1" })
        {
            Assert.Matches($@"(?m)^\+ {name} \(create\)$", run.Output);
        }

        Assert.DoesNotContain("Ensured", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready instances", run.Output, StringComparison.Ordinal);
    }
}
