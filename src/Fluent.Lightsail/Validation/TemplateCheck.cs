using Fluent.Lightsail.Building;

namespace Fluent.Lightsail.Validation;

/// <summary>
/// Which groups of a template's own values break a rule of error severity (<see cref="ValueGroups"/> bits), computed
/// once per template. A group that passed and that a call chain left as it was need not be checked again at <c>Build()</c>.
/// </summary>
internal sealed class TemplateCheck
{
    private TemplateCheck(int failed) => Failed = failed;

    /// <summary>The groups that failed on the template's values alone.</summary>
    public int Failed { get; }

    public static TemplateCheck Of(InstanceTemplateValues template)
    {
        // A chain that has set nothing holds exactly the template's values; its names are not part of any group.
        var untouched = InstanceBuilderState.Start(template, (string?)null);
        var sink = ErrorFlagSink.Create();
        var failed = 0;
        foreach (var group in ValueGroups.All)
        {
            BuilderValidation.CheckGroup(in untouched, group, sink);
            if (!sink.TakeClean())
            {
                failed |= group;
            }
        }

        return new TemplateCheck(failed);
    }
}
