using System.Text;
using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// A template's file holds only what differs per template (its Named overloads and its values; the steps are the
/// runtime's), so it stays small: the compiler and the editor work through every template's file on every edit (issue 8,
/// docs/performance.md).
/// </summary>
public sealed class GeneratedSizeTests
{
    private const int MaxLines = 60;
    private const int MaxBytes = 4 * 1024;

    private static readonly InMemoryAdditionalText ScriptFile = new(Templates.EveryMemberScriptPath, Templates.EveryMemberScript);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_template_that_sets_every_member_generates_at_most_60_lines_and_4_KB(bool withAwsSdk)
    {
        var outcome = GeneratorHarness.Run(
            [Templates.EveryMember], [ScriptFile], extraReferences: withAwsSdk ? [AwsSdkStandIn.Reference] : null);
        var text = outcome.Source("Acme.Fleet.WebServer.g.cs");

        // The control: this is the template with every member, and the file really carries them.
        foreach (var value in new[] { "us-east-2a", "ubuntu_24_04", "small_ipv6_3_0", "deploy", "ipv6", "06:00", "StopInstanceOnIdleAddOn(\"5\", \"30\")", "owner" })
        {
            Assert.Contains(value, text, StringComparison.Ordinal);
        }

        var lines = text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
        var bytes = Encoding.UTF8.GetByteCount(text);
        Assert.True(lines <= MaxLines, $"{lines} lines (at most {MaxLines})");
        Assert.True(bytes <= MaxBytes, $"{bytes} bytes (at most {MaxBytes})");
        Assert.Empty(outcome.Errors);
    }
}
