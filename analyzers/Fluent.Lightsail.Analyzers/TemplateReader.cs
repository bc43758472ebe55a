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
        TemplateModel? model = null;
        var anchor = type.Locations.Length > 0 ? type.Locations[0] : Location.None;
        foreach (var attribute in type.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbols.Is(attribute, symbols.InstanceTemplate) && AttributeArguments.Read(attribute, cancellationToken) is { } template)
            {
                anchor = template.Location;
                model ??= new TemplateModel(state.Defaults.StartValues(anchor));
                model.InstanceTemplate = template;
            }
        }

        model ??= new TemplateModel(state.Defaults.StartValues(anchor));
        var values = model.Values;
        if (model.InstanceTemplate != null)
        {
            foreach (var (property, member) in TemplateProperties.All)
            {
                if (model.InstanceTemplate.TryGet(property, out var argument))
                {
                    values.Members[member] = new SourcedValue(argument.Value, argument.Location, ValueLevel.Template);
                }
            }
        }

        foreach (var attribute in type.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var arguments = IsDsl(symbols, attribute) ? AttributeArguments.Read(attribute, cancellationToken) : null;
            if (arguments is null)
            {
                continue;
            }

            if (symbols.Is(attribute, symbols.Tag))
            {
                model.Tags.Add(arguments);
                if (TagReader.Read(arguments, ValueLevel.Template) is { } tag)
                {
                    values.AddTagOverriding(tag);
                }
            }
            else if (symbols.Is(attribute, symbols.UserData))
            {
                model.UserData = arguments;
                if (arguments.TryGet("script", out var script))
                {
                    values.Members[InstanceRules.UserDataMember] = new SourcedValue(script.Value, script.Location, ValueLevel.Template);
                }
            }
            else if (symbols.Is(attribute, symbols.UserDataFile))
            {
                model.UserDataFile = arguments;
                ReadUserDataFile(model, arguments, state, cancellationToken);
            }
            else if (symbols.Is(attribute, symbols.AutoSnapshot))
            {
                model.AutoSnapshot = arguments;
                values.AutoSnapshot = new SourcedValue(null, arguments.Location, ValueLevel.Template);
                if (arguments.TryGet("timeOfDay", out var time))
                {
                    values.Members[AddOnRules.SnapshotTimeMember] = new SourcedValue(time.Value, time.Location, ValueLevel.Template);
                }
            }
            else if (symbols.Is(attribute, symbols.StopInstanceOnIdle))
            {
                model.StopInstanceOnIdle = arguments;
                values.StopInstanceOnIdle = new SourcedValue(null, arguments.Location, ValueLevel.Template);
                if (arguments.TryGet("threshold", out var threshold))
                {
                    values.Members[AddOnRules.ThresholdMember] = new SourcedValue(threshold.Value, threshold.Location, ValueLevel.Template);
                }

                if (arguments.TryGet("duration", out var duration))
                {
                    values.Members[AddOnRules.DurationMember] = new SourcedValue(duration.Value, duration.Location, ValueLevel.Template);
                }
            }
        }

        return model;
    }

    private static bool IsDsl(KnownSymbols symbols, AttributeData attribute)
        => symbols.Is(attribute, symbols.Tag) || symbols.Is(attribute, symbols.UserData) || symbols.Is(attribute, symbols.UserDataFile)
            || symbols.Is(attribute, symbols.AutoSnapshot) || symbols.Is(attribute, symbols.StopInstanceOnIdle);

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
            model.Values.Members[InstanceRules.UserDataMember] = new SourcedValue(text, path.Location, ValueLevel.Template);
        }
    }
}
