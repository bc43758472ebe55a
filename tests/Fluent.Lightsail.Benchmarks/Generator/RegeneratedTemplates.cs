using Fluent.Lightsail.Benchmarks.Scenarios;
using Fluent.Lightsail.Generator;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Generator;

/// <summary>
/// How many templates a re-run emitted anew: the outputs of the tracked emit step (<see cref="TrackingNames.GeneratedSources"/>)
/// whose reason is New or Modified. A count, not a time, so it is taken once outside BenchmarkDotNet.
/// </summary>
internal static class RegeneratedTemplates
{
    public static (int AfterUnrelatedEdit, int AfterOneTemplateEdit) Count(int templates)
    {
        var project = ScaleProject.Create(templates);
        var ranDriver = ScaleProject.CreateDriver(trackSteps: true).RunGenerators(project.Compilation);
        return (CountAfter(ranDriver, project.WithUnrelatedEdit()), CountAfter(ranDriver, project.WithOneTemplateEdited()));
    }

    private static int CountAfter(GeneratorDriver ranDriver, Compilation edited)
    {
        var result = ranDriver.RunGenerators(edited).GetRunResult().Results.Single();
        return result.TrackedSteps[TrackingNames.GeneratedSources]
            .SelectMany(run => run.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
    }
}
