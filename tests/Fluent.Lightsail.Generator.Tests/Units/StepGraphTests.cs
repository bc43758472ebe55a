using Fluent.Lightsail.Generator.Steps;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>The step graph on its own: which stages a template gets, in which order, and what follows what.</summary>
public sealed class StepGraphTests
{
    public static TheoryData<bool, bool, bool> AllCombinations()
    {
        var data = new TheoryData<bool, bool, bool>();
        foreach (var zone in new[] { false, true })
        {
            foreach (var blueprint in new[] { false, true })
            {
                foreach (var bundle in new[] { false, true })
                {
                    data.Add(zone, blueprint, bundle);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Each_unfixed_member_is_one_required_stage_and_Ready_comes_last(bool zone, bool blueprint, bool bundle)
    {
        var graph = StepGraph.For(new RequiredMembers(zone, blueprint, bundle));

        Assert.Equal(!zone, graph.Contains(BuilderStage.NeedsAvailabilityZone));
        Assert.Equal(!blueprint, graph.Contains(BuilderStage.NeedsBlueprint));
        Assert.Equal(!bundle, graph.Contains(BuilderStage.NeedsBundle));
        Assert.Equal(BuilderStage.Ready, graph.Stages[^1]);
        Assert.Equal(graph.Stages.Count - 1, graph.RequiredStages.Count());
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Stages_keep_the_contract_order(bool zone, bool blueprint, bool bundle)
    {
        var graph = StepGraph.For(new RequiredMembers(zone, blueprint, bundle));

        // The enum lists the stages in contract order (zone, blueprint, bundle, ready); any subset keeps it.
        Assert.Equal(graph.Stages.OrderBy(stage => (int)stage), graph.Stages);
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Named_leads_to_the_first_stage_and_each_stage_to_the_next(bool zone, bool blueprint, bool bundle)
    {
        var graph = StepGraph.For(new RequiredMembers(zone, blueprint, bundle));

        Assert.Equal(graph.Stages[0], graph.Entry);
        for (var i = 0; i < graph.Stages.Count - 1; i++)
        {
            Assert.Equal(graph.Stages[i + 1], graph.Next(graph.Stages[i]));
        }

        Assert.Equal(BuilderStage.Ready, graph.Next(BuilderStage.Ready));
    }

    [Fact]
    public void A_fully_fixed_template_starts_Ready()
    {
        var graph = StepGraph.For(new RequiredMembers(true, true, true));

        Assert.Equal([BuilderStage.Ready], graph.Stages);
        Assert.Empty(graph.RequiredStages);
    }

    [Fact]
    public void An_open_template_needs_zone_then_blueprint_then_bundle()
    {
        var graph = StepGraph.For(new RequiredMembers(false, false, false));

        Assert.Equal(
            [BuilderStage.NeedsAvailabilityZone, BuilderStage.NeedsBlueprint, BuilderStage.NeedsBundle, BuilderStage.Ready],
            graph.Stages);
    }

    [Fact]
    public void A_stage_left_out_is_skipped_by_its_predecessor()
    {
        var graph = StepGraph.For(new RequiredMembers(availabilityZoneFixed: false, blueprintFixed: true, bundleFixed: false));

        Assert.Equal(BuilderStage.NeedsBundle, graph.Next(BuilderStage.NeedsAvailabilityZone));
    }

    [Theory]
    [InlineData(nameof(BuilderStage.NeedsAvailabilityZone), "NeedsAvailabilityZone", "InZone", "availabilityZone")]
    [InlineData(nameof(BuilderStage.NeedsBlueprint), "NeedsBlueprint", "WithBlueprint", "blueprintId")]
    [InlineData(nameof(BuilderStage.NeedsBundle), "NeedsBundle", "WithBundle", "bundleId")]
    public void Required_stages_use_the_contract_names(string stage, string typeName, string method, string parameter)
    {
        // docs/design/builder-contract.md: analyzers find call-site values by these method and parameter names.
        var definition = StageDefinition.For(Enum.Parse<BuilderStage>(stage));

        Assert.Equal(typeName, definition.TypeName);
        Assert.Equal(method, definition.MethodName);
        Assert.Equal(parameter, definition.ParameterName);
    }

    [Fact]
    public void The_final_stage_is_Ready() => Assert.Equal("Ready", StageDefinition.For(BuilderStage.Ready).TypeName);
}
