extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RuleIds = runtime::Fluent.Lightsail.Rules.RuleIds;
using RuleLevel = runtime::Fluent.Lightsail.RuleLevel;
using ValidationOptions = runtime::Fluent.Lightsail.ValidationOptions;

namespace Fluent.Lightsail.Analyzers.Tests.SharedReader;

/// <summary>
/// One template reader, two hosts: thousands of generated templates go through the real generator and through the
/// analyzers' reading of the same compilation, and the values each generated builder starts from must be exactly the
/// values the analyzers check, template by template. One batch is also compiled and run
/// (<c>Named(…).Build().ToJson()</c>), to show that those values are what the builder sends.
/// </summary>
[Collection(ProcessWideValidationOptions.Name)]
public sealed class SharedReaderPropertyTests
{
    private const int Seed = 20261207;
    private const int TemplatesPerBatch = 500;
    private const int Batches = 10;

    // Compiling and loading is what costs here; a few hundred builders show Build() sends the resolved values.
    private const int CompiledTemplates = 300;

    private static readonly ImmutableArray<AdditionalText> Texts =
        TemplateCorpus.Files.Select(file => (AdditionalText)new InMemoryText(file.Path, file.Text)).ToImmutableArray();

    [Fact]
    public void Every_generated_builder_starts_from_the_values_the_analyzers_check()
    {
        var random = new Random(Seed);
        int compared = 0, withoutBuilder = 0, windows = 0, autoSnapshotWithoutTime = 0;
        for (var batch = 0; batch < Batches; batch++)
        {
            var source = TemplateCorpus.Batch(random, TemplatesPerBatch);
            var (compilation, generated) = RunGenerator(source);
            var state = AnalysisState.Create(compilation, new AnalyzerOptions(Texts), CancellationToken.None)!;
            for (var i = 0; i < TemplatesPerBatch; i++)
            {
                var name = "T" + i;
                var model = state.GetTemplate(compilation.GetTypeByMetadataName(TemplateCorpus.Namespace + "." + name)!, CancellationToken.None);
                if (!generated.TryGetValue(name, out var builderValues))
                {
                    // No builder exactly where the shared parser says the launch script cannot be resolved.
                    Assert.True(model.Own.HasScriptConflict || !model.UserDataFileFound, $"{name} got no builder:\n{Declaration(source, i)}");
                    withoutBuilder++;
                    continue;
                }

                AssertSame("the analyzers check", RequestDescription.Of(model.Values), "the generator resolves", builderValues, source, batch, i);
                compared++;
                windows += builderValues.Contains("windows", StringComparison.Ordinal) || builderValues.Contains("_win", StringComparison.Ordinal) ? 1 : 0;
                autoSnapshotWithoutTime += builderValues.Contains(RequestDescription.AutoSnapshotOnWithoutTime, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        // The corpus is what it claims: 5,000 templates, the rare unbuildable shapes among them, the edge cases hit.
        Assert.Equal(Batches * TemplatesPerBatch, compared + withoutBuilder);
        Assert.InRange(withoutBuilder, 1, 500);
        Assert.True(windows > 500, $"{windows} Windows templates");
        Assert.True(autoSnapshotWithoutTime > 20, $"{autoSnapshotWithoutTime} templates with [AutoSnapshot(null!)]");
    }

    [Fact]
    public void The_values_a_builder_starts_from_are_what_Build_sends()
    {
        var random = new Random(Seed + 1);
        var source = TemplateCorpus.Batch(random, CompiledTemplates);
        var (compilation, generated) = RunGenerator(source, out var withBuilders);
        var state = AnalysisState.Create(compilation, new AnalyzerOptions(Texts), CancellationToken.None)!;
        var assembly = Emit(withBuilders);

        // Build() rejects most of these odd values; with every rule off it sends them, so that what it sends can be compared.
        var previous = ValidationOptions.Default;
        ValidationOptions.Default = EveryRuleOff();
        try
        {
            var built = 0;
            foreach (var (name, builderValues) in generated)
            {
                var named = assembly.GetType(TemplateCorpus.Namespace + "." + name)!.GetMethod("Named", [typeof(string)])!;
                var sent = RequestDescription.OfJson(BuildJson(named));
                var index = int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                var model = state.GetTemplate(compilation.GetTypeByMetadataName(TemplateCorpus.Namespace + "." + name)!, CancellationToken.None);
                AssertSame("the generator resolves", builderValues, "Build() sends", sent, source, 0, index);
                AssertSame("the analyzers check", RequestDescription.Of(model.Values), "Build() sends", sent, source, 0, index);
                built++;
            }

            Assert.True(built > CompiledTemplates * 9 / 10, $"{built} built");
        }
        finally
        {
            ValidationOptions.Default = previous;
        }
    }

    private static void AssertSame(string expectedHost, string expected, string actualHost, string actual, string source, int batch, int index)
    {
        if (expected != actual)
        {
            Assert.Fail($"T{index} (batch {batch}):\n{Declaration(source, index)}\n{expectedHost}:\n{expected}\n{actualHost}:\n{actual}");
        }
    }

    /// <summary>
    /// Runs the real generator on <paramref name="source"/>; returns the compilation before it, and by template name the
    /// values each generated builder starts from (the generator's tracked <c>Builders</c> step, which the emitter writes).
    /// </summary>
    private static (Compilation Compilation, Dictionary<string, string> Builders) RunGenerator(string source)
        => RunGenerator(source, out _);

    private static (Compilation Compilation, Dictionary<string, string> Builders) RunGenerator(string source, out Compilation withBuilders)
    {
        Compilation compilation = UserProject.Compile(
            [UserProject.Parse(source, "Corpus.cs")], assemblyName: "Corpus" + Guid.NewGuid().ToString("N"));
        var driver = UserProject.CreateDriver(Texts, trackSteps: true)
            .RunGeneratorsAndUpdateCompilation(compilation, out withBuilders, out _);

        var builders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps["Builders"])
        {
            foreach (var (output, _) in step.Outputs)
            {
                if (output is not null)
                {
                    var (name, values) = RequestDescription.OfBuilderSpec(output);
                    builders.Add(name, values);
                }
            }
        }

        return (compilation, builders);
    }

    private static Assembly Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>The request's JSON: the generated chain with a placeholder for each required step the template leaves open.</summary>
    private static string BuildJson(MethodInfo named)
    {
        var stage = named.Invoke(null, ["instance-1"])!;
        for (var step = 0; step < 4; step++)
        {
            var type = stage.GetType();
            if (type.GetMethod("Build", Type.EmptyTypes) is { } build)
            {
                var request = build.Invoke(stage, null)!;
                return (string)request.GetType().GetMethod("ToJson", Type.EmptyTypes)!.Invoke(request, null)!;
            }

            var required = new[] { "InZone", "WithBlueprint", "WithBundle" }
                .Select(method => type.GetMethod(method, [typeof(string)]))
                .First(method => method is not null)!;
            stage = required.Invoke(stage, [RequestDescription.RequiredPlaceholder])!;
        }

        throw new InvalidOperationException(named.DeclaringType + " has no Build() after its required steps.");
    }

    private static ValidationOptions EveryRuleOff()
    {
        var options = new ValidationOptions();
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            options = options.WithRuleLevel((string)field.GetRawConstantValue()!, RuleLevel.None);
        }

        return options;
    }

    /// <summary>The attributes and declaration of template <paramref name="index"/>, for a failure message.</summary>
    private static string Declaration(string source, int index)
    {
        var declaration = " T" + index + ";";
        var end = source.IndexOf(declaration, StringComparison.Ordinal) + declaration.Length;
        var start = source.LastIndexOf(";\n\n", end - declaration.Length, StringComparison.Ordinal) + 3;
        return source.Substring(start, end - start);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}

/// <summary>Tests that change <see cref="ValidationOptions.Default"/>, which is process-wide, run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideValidationOptions
{
    public const string Name = "Process-wide validation options";
}
