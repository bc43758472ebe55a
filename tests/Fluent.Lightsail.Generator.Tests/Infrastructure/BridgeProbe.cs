using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// Compiles templates, the generated builders and bridge, the recording <c>IAmazonLightsail</c> and a
/// <c>Probe.Run()</c> method against the AWSSDK.Lightsail stand-in, runs the probe in a collectible load context next to
/// the stand-in, and returns what it returned. The SDK's types exist only in that context, so tests read them dynamically.
/// </summary>
internal static class BridgeProbe
{
    public static dynamic Run(string templates, string probeBody, params AdditionalText[] additionalTexts) =>
        Run(AwsSdkStandIn.Current, templates, probeBody, additionalTexts);

    public static dynamic Run(AwsSdkStandIn sdk, string templates, string probeBody, params AdditionalText[] additionalTexts) =>
        Run(sdk, GeneratorHarness.ParseOptions, templates, probeBody, additionalTexts);

    /// <param name="parseOptions">The user's language version, for binding that differs between C# versions.</param>
    public static dynamic Run(
        AwsSdkStandIn sdk, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions parseOptions, string templates, string probeBody, params AdditionalText[] additionalTexts)
    {
        var probe = $$"""
            public static class Probe
            {
                public static object Run() => {{probeBody}};
            }
            """;
        var outcome = GeneratorHarness.Run(
            [templates, AwsSdkStandIn.RecordingClientSource, probe],
            additionalTexts,
            parseOptions: parseOptions,
            extraReferences: [sdk.MetadataReference]);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.GeneratedCodeDiagnostics);

        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));

        var context = new ProbeLoadContext(sdk.Assemblies);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
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
            // Unloading waits until the returned objects are unreachable, so the test can still read them.
            context.Unload();
        }
    }
}
