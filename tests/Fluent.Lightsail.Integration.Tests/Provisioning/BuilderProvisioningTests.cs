using Fluent.Lightsail.Integration.Tests.Provisioning.Support;
using Fluent.Lightsail.Integration.Tests.Provisioning.Templates;

namespace Fluent.Lightsail.Integration.Tests.Provisioning;

/// <summary>
/// Provisioning from the builder's final stage (<see cref="InstanceBuilder"/>): the chain is the desired fleet, and
/// PlanAsync / EnsureAsync / WaitUntilReadyAsync act on exactly the request its Build() makes, validating it first.
/// </summary>
public sealed class BuilderProvisioningTests : LocalFleet
{
    private static InstanceBuilder Fleet(params string[] names) => FleetServer.Named(names).WithTag("owner", "platform");

    [Fact]
    public async Task EnsureAsync_creates_the_chains_missing_names_and_a_second_ensure_finds_them_up_to_date()
    {
        await CreateDirectlyAsync(Desired("web-2"));

        var first = await Fleet("web-1", "web-2").EnsureAsync(Client);
        Clock.Advance(OperationDelay);
        var second = await Fleet("web-1", "web-2").EnsureAsync(Client);

        Assert.Equal(["web-1"], first.Created);
        Assert.Equal(["web-2"], first.AlreadyExisted);
        Assert.True(second.ChangedNothing);
        Assert.True(second.Plan.IsUpToDate);
        Assert.Equal(1, await CreateOperationCountAsync("web-1"));
    }

    [Fact]
    public async Task PlanAsync_compares_the_instances_with_the_chains_values_including_its_call_site_calls()
    {
        await CreateDirectlyAsync(Desired("web-1"));

        var same = await Fleet("web-1").PlanAsync(Client);
        var otherOwner = await FleetServer.Named("web-1").WithTag("owner", "data").PlanAsync(Client);

        Assert.True(same.IsUpToDate);
        var drifted = otherOwner["web-1"];
        Assert.Equal(InstancePlanAction.Drifted, drifted.Action);
        var difference = Assert.Single(drifted.Differences);
        Assert.Equal(InstanceDifferenceKind.TagChanged, difference.Kind);
        Assert.Equal("data", difference.Desired);
        Assert.Equal("platform", difference.Current);
    }

    [Fact]
    public async Task WaitUntilReadyAsync_waits_for_every_name_of_the_chain_until_it_has_its_address()
    {
        await Fleet("web-1", "web-2").EnsureAsync(Client);

        var ready = await Fleet("web-1", "web-2").WaitUntilReadyAsync(Client, AdvancingClock());

        Assert.Equal(["web-1", "web-2"], ready.Select(instance => instance.Name));
        Assert.All(ready, instance => Assert.False(string.IsNullOrEmpty(instance.Address)));
    }

    [Fact]
    public async Task An_invalid_chain_fails_before_any_request_in_each_of_the_three()
    {
        var invalid = Fleet("web-1").WithTag("bad#key", "v");
        Server.Stats.Reset();

        await Assert.ThrowsAsync<LightsailValidationException>(() => invalid.PlanAsync(Client));
        await Assert.ThrowsAsync<LightsailValidationException>(() => invalid.EnsureAsync(Client));
        await Assert.ThrowsAsync<LightsailValidationException>(() => invalid.WaitUntilReadyAsync(Client));

        Assert.Equal(0, Server.Stats.Total);
    }
}
