using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// Compiles user templates, the generated builders and a <c>Probe.Run()</c> method into an in-memory assembly, runs
/// the probe in a collectible load context and returns the request JSON it built.
/// </summary>
internal static class ProbeRunner
{
    public static JsonElement RunToJson(string templates, string probeBody, params AdditionalText[] additionalTexts) =>
        RunToJson([templates], probeBody, additionalTexts);

    public static JsonElement RunToJson(
        IEnumerable<string> templates,
        string probeBody,
        IEnumerable<AdditionalText>? additionalTexts = null,
        string? projectDirectory = null)
    {
        var probe = $$"""
            public static class Probe
            {
                public static string Run() => {{probeBody}};
            }
            """;
        var outcome = GeneratorHarness.Run([.. templates, probe], additionalTexts, projectDirectory);
        Assert.Empty(outcome.Errors);

        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));

        var json = Invoke(image.ToArray());
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Runs a probe whose body evaluates to a <typeparamref name="T"/> built only from shared types (the runtime, the
    /// framework), such as a delegate over a generated builder, so the test can call it with its own arguments.
    /// </summary>
    public static T RunToValue<T>(string templates, string probeBody, CSharpParseOptions? parseOptions = null)
    {
        var probe = $$"""
            public static class Probe
            {
                public static object Run() => {{probeBody}};
            }
            """;
        var outcome = GeneratorHarness.Run([templates, probe], parseOptions: parseOptions);
        Assert.Empty(outcome.Errors);

        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        return (T)InvokeRun(image.ToArray());
    }

    private static string Invoke(byte[] image) => (string)InvokeRun(image);

    private static object InvokeRun(byte[] image)
    {
        var context = new ProbeLoadContext();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var run = assembly.GetType("Probe", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            try
            {
                return run.Invoke(null, null)!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
