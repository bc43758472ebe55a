using Fluent.Lightsail.Generator.Bridge;
using Fluent.Lightsail.Generator.Emitting;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Parsing;
using Fluent.Lightsail.Generator.Resolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator;

/// <summary>
/// Generates a staged builder for every <c>[InstanceTemplate]</c> class. Every step outputs value-equatable data, so
/// an edit re-emits only the templates it changes; the generator reports no diagnostics (the analyzers do). When the
/// compilation references the official AWSSDK.Lightsail, one shared bridge to it (extension methods on the runtime's final
/// stage) is emitted as well.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FluentLightsailGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var templates = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                FluentAttributes.InstanceTemplateMetadataName,
                static (node, _) => TemplateParser.IsCandidate(node),
                static (syntaxContext, cancellationToken) => TemplateParser.Parse(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.Templates)
            .Where(static template => template is not null)
            .Select(static (template, _) => template!)
            .WithTrackingName(TrackingNames.ValidTemplates);

        // The compilation changes on every edit; projecting it at once to a small record keeps everything after it cached.
        var defaults = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => AssemblyDefaultsParser.Parse(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.AssemblyDefaults);

        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.projectdir", out var directory) && !string.IsNullOrWhiteSpace(directory)
                    ? PathNormalizer.Normalize(directory)
                    : null)
            .WithTrackingName(TrackingNames.ProjectDirectory);

        var additionalFiles = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) =>
                text.GetText(cancellationToken) is { } content
                    ? new AdditionalFileSpec(PathNormalizer.Normalize(text.Path), content.ToString())
                    : null)
            .WithTrackingName(TrackingNames.AdditionalFiles)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .Collect();

        var userDataFiles = additionalFiles
            .Combine(projectDirectory)
            .Select(static (pair, _) => new UserDataFilesSpec(pair.Right, new EquatableArray<AdditionalFileSpec>(pair.Left)))
            .WithTrackingName(TrackingNames.UserDataFiles);

        var languageFeatures = context.ParseOptionsProvider
            .Select(static (options, _) => LanguageFeatures.Of(options as CSharpParseOptions))
            .WithTrackingName(TrackingNames.LanguageFeatures);

        // Whether the official AWSSDK.Lightsail is referenced: a few type look-ups projected to a small record, so that
        // everything after it stays cached while the user types.
        var awsSdk = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => AwsSdkDetector.Detect(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.AwsSdk);

        var sources = templates
            .Combine(defaults)
            .Combine(userDataFiles)
            .Select(static (input, _) => TemplateResolver.Resolve(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Builders)
            .Where(static builder => builder is not null)
            .Combine(languageFeatures)
            .Select(static (input, _) => BuilderEmitter.Emit(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.GeneratedSources);

        context.RegisterSourceOutput(sources, static (output, file) => output.AddSource(file.HintName, file.Text));

        // One bridge per compilation that references the SDK: extension methods on the runtime's final stage, shared by
        // every template, so no template's file depends on the SDK.
        var bridge = awsSdk
            .Select(static (sdk, _) => sdk is null || sdk.ReferencedBridge ? null : AwsSdkBridgeEmitter.Emit(sdk))
            .WithTrackingName(TrackingNames.AwsSdkBridge);

        context.RegisterSourceOutput(bridge, static (output, file) =>
        {
            if (file is not null)
            {
                output.AddSource(file.HintName, file.Text);
            }
        });
    }
}
