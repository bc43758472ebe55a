using System.Threading;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>Reads a class's DSL attributes and merges them over the assembly defaults, as the generator does.</summary>
internal static class TemplateReader
{
    public static TemplateModel Read(INamedTypeSymbol type, AnalysisState state, CancellationToken cancellationToken)
    {
        var symbols = state.Symbols;
        var values = new ValueSet(Location.None, state.GetDefaults(cancellationToken).StartValues);
        var model = new TemplateModel(values);

        // One pass, each attribute classified once. [InstanceTemplate] writes only the five properties, the other DSL
        // attributes never do, so writing the template's properties after the loop gives the same values as before.
        AttributeArguments? first = null;
        foreach (var attribute in type.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = symbols.Classify(attribute);
            if (kind is DslAttribute.None or DslAttribute.TemplateDefaults || AttributeArguments.Read(attribute, cancellationToken) is not { } arguments)
            {
                continue;
            }

            switch (kind)
            {
                case DslAttribute.InstanceTemplate:
                    first ??= arguments;
                    model.InstanceTemplate = arguments;
                    break;
                case DslAttribute.Tag:
                    model.Tags.Add(arguments);
                    if (TagReader.Read(arguments, ValueLevel.Template) is { } tag)
                    {
                        values.AddTagOverriding(tag);
                    }

                    break;
                case DslAttribute.UserData:
                    model.UserData = arguments;
                    if (arguments.TryGet("script", out var script))
                    {
                        values.Set(InstanceRules.UserDataMember, new SourcedValue(script.Value, script.Location, ValueLevel.Template));
                    }

                    break;
                case DslAttribute.UserDataFile:
                    model.UserDataFile = arguments;
                    ReadUserDataFile(model, arguments, state, cancellationToken);
                    break;
                case DslAttribute.AutoSnapshot:
                    model.AutoSnapshot = arguments;
                    values.AutoSnapshot = new SourcedValue(null, arguments.Location, ValueLevel.Template);
                    if (arguments.TryGet("timeOfDay", out var time))
                    {
                        values.Set(AddOnRules.SnapshotTimeMember, new SourcedValue(time.Value, time.Location, ValueLevel.Template));
                    }

                    break;
                case DslAttribute.StopInstanceOnIdle:
                    model.StopInstanceOnIdle = arguments;
                    values.StopInstanceOnIdle = new SourcedValue(null, arguments.Location, ValueLevel.Template);
                    if (arguments.TryGet("threshold", out var threshold))
                    {
                        values.Set(AddOnRules.ThresholdMember, new SourcedValue(threshold.Value, threshold.Location, ValueLevel.Template));
                    }

                    if (arguments.TryGet("duration", out var duration))
                    {
                        values.Set(AddOnRules.DurationMember, new SourcedValue(duration.Value, duration.Location, ValueLevel.Template));
                    }

                    break;
            }
        }

        if (model.InstanceTemplate is { } template)
        {
            foreach (var (property, member) in TemplateProperties.All)
            {
                if (template.TryGet(property, out var argument))
                {
                    values.Set(member, new SourcedValue(argument.Value, argument.Location, ValueLevel.Template));
                }
            }
        }

        // Findings about inherited values go on the first [InstanceTemplate]; the class's own location (ISymbol.Locations
        // builds an array) is only needed for a class without one.
        values.Anchor = first?.Location ?? (type.Locations.Length > 0 ? type.Locations[0] : Location.None);
        return model;
    }

    private static void ReadUserDataFile(TemplateModel model, AttributeArguments arguments, AnalysisState state, CancellationToken cancellationToken)
    {
        if (!arguments.TryGet("path", out var path))
        {
            return;
        }

        var file = UserDataFileLocator.Find(path.Value, state.AdditionalFiles, state.ProjectDirectory);
        model.UserDataFileFound = file != null;
        var text = file?.GetText(cancellationToken)?.ToString();
        if (text != null && model.UserData is null)
        {
            // The file's text is the user data; its findings belong on the path that named it.
            model.Values.Set(InstanceRules.UserDataMember, new SourcedValue(text, path.Location, ValueLevel.Template));
        }
    }
}
