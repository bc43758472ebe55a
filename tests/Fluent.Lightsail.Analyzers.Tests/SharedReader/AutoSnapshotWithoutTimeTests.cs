using System.Reflection;
using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests.SharedReader;

/// <summary>
/// <c>[AutoSnapshot(null!)]</c> turns the add-on on without a time (Lightsail picks the Region's default), in the
/// analyzers and in the generated builder alike: on a Windows template the warning the analyzers give (FLS7003) is
/// about the add-on the builder really sends.
/// </summary>
public sealed class AutoSnapshotWithoutTimeTests
{
    private const string Source = Sources.Usings + """
        namespace Acme;

        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.MicroWin3_0)]
        [AutoSnapshot(null!)]
        public partial class WindowsBox;

        public static class Calls
        {
            public static string Run() => WindowsBox.Named("win-1").Build().ToJson();
        }
        """;

    [Fact]
    public async Task The_analyzers_warn_about_the_add_on_the_builder_sends()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Source);

        Assert.Empty(run.CompilerErrors);
        var warning = Assert.Single(run.AnalyzerDiagnostics);
        Assert.Equal("FLS7003", warning.Id);

        using var image = new MemoryStream();
        Assert.True(run.Compilation.Emit(image).Success);
        var json = (string)Assembly.Load(image.ToArray()).GetType("Acme.Calls")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Contains("\"addOns\":[{\"addOnType\":\"AutoSnapshot\",\"autoSnapshotAddOnRequest\":{}}]", json, StringComparison.Ordinal);
    }
}
