using System.Text;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// A real template holds a multi-line script and, sometimes, a multi-line value. <c>dotnet build</c> prints a diagnostic
/// up to its first line break, so every message is one line: here the whole message (value, rule and fix) and the id
/// are on one build-output line, and the script's content (a password) appears nowhere in the output.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OneLineDiagnosticsTests(PackageFixture package)
{
    private const string Secret = "hunter2-MARKER-0b5e";

    [Fact]
    public async Task Multi_line_values_give_one_line_diagnostics_without_the_script()
    {
        const string program = """
            using Fluent.Lightsail;

            var request = Win.Named("win-1").Build();

            [InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0, AvailabilityZone = "us-east-2a")]
            [UserData("#!/bin/bash\nexport DB_PASSWORD=hunter2-MARKER-0b5e\n./start.sh\n")]
            [Tag("note", "line one\nline two")]
            public partial class Win;
            """;
        using var consumer = ConsumerProject.Create(package, program);

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var script = "#!/bin/bash\nexport DB_PASSWORD=" + Secret + "\n./start.sh\n";
        var bytes = Encoding.UTF8.GetByteCount(script);
        AssertOnOneLine(
            build.Output,
            "warning FLS4003: ",
            $"User data ({bytes} bytes, starting '#!/bin/bash') is a #! script, but the instance is Windows, which does not run it (rule D4). " +
            "Write PowerShell inside <powershell>…</powershell>, or use a Linux/Unix blueprint.");
        AssertOnOneLine(
            build.Output,
            "error FLS6003: ",
            @"Tag value 'line one\nline two' contains U+000A; tags allow letters, digits, spaces and + - = . _ : / @ (rule G5). Use 'line one-line two'.");
        Assert.DoesNotContain("MARKER", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DB_PASSWORD", build.Output, StringComparison.Ordinal);
    }

    /// <summary>A line of the build output holds the id and, right after it, the whole message, the help link and the project.</summary>
    private static void AssertOnOneLine(string buildOutput, string severityAndId, string message)
    {
        var lines = buildOutput.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Contains(severityAndId, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 0, $"'{severityAndId}' not in the build output:\n{buildOutput}");
        Assert.All(lines, line =>
        {
            Assert.Contains("Program.cs(", line, StringComparison.Ordinal);
            // The help link follows the message on the same line: "(…/docs/rules/FLS4003.md)".
            var id = severityAndId.Split(' ')[1].TrimEnd(':');
            var expected = severityAndId + message + " (";
            Assert.True(line.Contains(expected, StringComparison.Ordinal), $"expected: {message}\nline:     {line}");
            Assert.Contains("/docs/rules/" + id + ".md) [", line.Substring(line.IndexOf(expected, StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.EndsWith(".csproj]", line, StringComparison.Ordinal);
        });
    }
}
