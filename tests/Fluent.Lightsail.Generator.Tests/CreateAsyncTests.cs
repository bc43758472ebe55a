using Fluent.Lightsail.Generator.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// The final stage's <c>CreateAsync(ILightsailClient)</c>: it sends exactly what <c>Build()</c> makes, with the caller's
/// token, and an invalid value never reaches the client.
/// </summary>
public sealed class CreateAsyncTests
{
    private const string Create = "System.Func<Fluent.Lightsail.ILightsailClient, System.Threading.CancellationToken, System.Threading.Tasks.Task<Fluent.Lightsail.CreatedInstances>>";

    [Fact]
    public async Task CreateAsync_sends_the_built_request_with_the_caller_s_token()
    {
        var create = ProbeRunner.RunToValue<Func<ILightsailClient, CancellationToken, Task<CreatedInstances>>>(
            Templates.AssemblyDefaults,
            $$"""({{Create}})((client, token) => Acme.Fleet.Worker.Named("worker-1", "worker-2").WithTag("owner", "me").CreateAsync(client, token))""");
        var client = new RecordingLightsailClient();
        using var cancellation = new CancellationTokenSource();

        var created = await create(client, cancellation.Token);

        Assert.Equal(1, client.Calls);
        Assert.Equal(cancellation.Token, client.Token);
        Assert.Same(client.Request, created.Request);
        Assert.Equal(["worker-1", "worker-2"], created.Operations.Select(operation => operation.ResourceName));

        // The same request Build() makes for the same chain: the template's values and the call's tag.
        var request = client.Request!;
        Assert.Equal(["worker-1", "worker-2"], request.InstanceNames!);
        Assert.Equal("eu-west-1a", request.AvailabilityZone);
        Assert.Equal(Blueprints.Debian12, request.BlueprintId);
        Assert.Equal(Bundles.Micro3_0, request.BundleId);
        Assert.Equal("org-key", request.KeyPairName);
        Assert.Equal(
            [("cost-center", "platform"), ("team", "infra"), ("role", "worker"), ("queue", "jobs"), ("owner", "me")],
            request.Tags!.Select(tag => (tag.Key, tag.Value)));
    }

    [Fact]
    public void An_invalid_value_throws_from_the_call_before_the_client_is_used()
    {
        var create = ProbeRunner.RunToValue<Func<ILightsailClient, CancellationToken, Task<CreatedInstances>>>(
            Templates.AssemblyDefaults,
            $$"""({{Create}})((client, token) => Acme.Fleet.Worker.Named("worker-1").WithAutoSnapshot(string.Concat("6:", "30")).CreateAsync(client, token))""");
        var client = new RecordingLightsailClient();

        // Thrown by the call itself, not by the task: the request never exists, so nothing is sent.
        var exception = Assert.Throws<LightsailValidationException>(() => { _ = create(client, CancellationToken.None); });

        Assert.Contains(exception.Errors, violation => violation.Value == "6:30");
        Assert.Equal(0, client.Calls);
    }
}
