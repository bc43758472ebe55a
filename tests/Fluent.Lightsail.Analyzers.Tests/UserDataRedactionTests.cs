using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>
/// Launch scripts carry secrets and build logs are kept: no user-data diagnostic quotes the script, whether it comes
/// from [UserData], [UserDataFile] or a constant WithUserData argument. Messages give the size and a marker line only.
/// </summary>
public sealed class UserDataRedactionTests
{
    private const string Marker = "MARKER-7c1d";

    [Fact]
    public async Task A_script_in_an_attribute_is_described_not_quoted()
    {
        var run = await AnalyzerRun.RunAsync(Sources.Usings + $$"""
            [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0, AvailabilityZone = "us-east-2a")]
            [UserData("#!/bin/bash\nexport DB_PASSWORD={{Marker}}\n")]
            public partial class Win;
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "FLS4003");
        Assert.StartsWith("User data (43 bytes, starting '#!/bin/bash') is a #! script", diagnostic.GetMessage());
        AssertNoMarker(run.AnalyzerDiagnostics);
    }

    [Fact]
    public async Task A_large_script_file_is_described_by_its_size()
    {
        var script = "#!/bin/bash\nexport DB_PASSWORD=" + Marker + "\n" + new string('#', 17000) + "\n";
        var run = await AnalyzerRun.RunAsync(
            Sources.Usings + """
                [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-2a")]
                [UserDataFile("provision/web.sh")]
                public partial class Web;
                """,
            ("provision/web.sh", script));

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "FLS4001");
        Assert.StartsWith($"User data ({System.Text.Encoding.UTF8.GetByteCount(script)} bytes, starting '#!/bin/bash') is over", diagnostic.GetMessage());
        AssertNoMarker(run.AnalyzerDiagnostics);
    }

    [Fact]
    public async Task A_constant_call_site_script_is_described_not_quoted()
    {
        var run = await AnalyzerRun.RunAsync(Sources.LinuxWebCalls(
            $$"""Web.Named("web-1").WithUserData("<powershell>$pw = '{{Marker}}'</powershell>");"""));

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "FLS4004");
        Assert.StartsWith("User data (", diagnostic.GetMessage());
        Assert.Contains("starting '<powershell>')", diagnostic.GetMessage());
        AssertNoMarker(run.AnalyzerDiagnostics);
    }

    private static void AssertNoMarker(IEnumerable<Diagnostic> diagnostics)
        => Assert.All(diagnostics, d => Assert.DoesNotContain(Marker, d.GetMessage(), StringComparison.Ordinal));
}
