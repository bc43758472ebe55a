using System.Collections.Generic;

namespace Fluent.Lightsail.Generator.Steps;

/// <summary>
/// The builder's stages as plain data: <c>Named</c> returns the first stage, each required stage's method returns the
/// next, and only the last stage (<c>Ready</c>: the runtime's <c>InstanceBuilder</c>) has <c>Build</c>. Kept free of
/// Roslyn so it is tested on its own.
/// </summary>
internal sealed class StepGraph
{
    private readonly BuilderStage[] _stages;

    private StepGraph(BuilderStage[] stages) => _stages = stages;

    /// <summary>The stages in chain order; always ends with <see cref="BuilderStage.Ready"/>.</summary>
    public IReadOnlyList<BuilderStage> Stages => _stages;

    /// <summary>The stage <c>Named(...)</c> returns.</summary>
    public BuilderStage Entry => _stages[0];

    /// <summary>The required stages only, in chain order.</summary>
    public IEnumerable<BuilderStage> RequiredStages
    {
        get
        {
            for (var i = 0; i < _stages.Length - 1; i++)
            {
                yield return _stages[i];
            }
        }
    }

    /// <summary>Computes the stages for a template: one required stage per unfixed member, in contract order.</summary>
    public static StepGraph For(RequiredMembers members)
    {
        var stages = new List<BuilderStage>(4);
        if (!members.AvailabilityZoneFixed)
        {
            stages.Add(BuilderStage.NeedsAvailabilityZone);
        }

        if (!members.BlueprintFixed)
        {
            stages.Add(BuilderStage.NeedsBlueprint);
        }

        if (!members.BundleFixed)
        {
            stages.Add(BuilderStage.NeedsBundle);
        }

        stages.Add(BuilderStage.Ready);
        return new StepGraph(stages.ToArray());
    }

    /// <summary>The stage that follows <paramref name="stage"/>; <see cref="BuilderStage.Ready"/> follows itself.</summary>
    public BuilderStage Next(BuilderStage stage)
    {
        var index = System.Array.IndexOf(_stages, stage);
        return index < 0 || index == _stages.Length - 1 ? BuilderStage.Ready : _stages[index + 1];
    }

    /// <summary>Whether the chain passes through <paramref name="stage"/>.</summary>
    public bool Contains(BuilderStage stage) => System.Array.IndexOf(_stages, stage) >= 0;
}
