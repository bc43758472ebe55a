using Fluent.Lightsail.Generator.Tests.Infrastructure;

namespace Fluent.Lightsail.Generator.Tests;

/// <summary>
/// Shapes the contract rules out: the generator emits nothing for them and reports nothing (the analyzers do), and
/// the user's compilation gains no error from generated code.
/// </summary>
public sealed class InvalidTemplateTests
{
    public static TheoryData<string, string> InvalidTemplates => new()
    {
        { "not partial", "[InstanceTemplate] public class Web;" },
        { "partial struct", "[InstanceTemplate] public partial struct Web;" },
        { "partial record struct", "[InstanceTemplate] public partial record struct Web;" },
        { "static", "[InstanceTemplate] public static partial class Web;" },
        { "generic", "[InstanceTemplate] public partial class Web<T>;" },
        { "nested in a non-partial type", "public class Outer { [InstanceTemplate] public partial class Web; }" },
        { "nested in a generic type", "public partial class Outer<T> { [InstanceTemplate] public partial class Web; }" },
        { "file-local", "[InstanceTemplate] file partial class Web;" },
        { "UserData and UserDataFile", """[InstanceTemplate, UserData("echo"), UserDataFile("provision/web.sh")] public partial class Web;""" },
        { "missing user data file", """[InstanceTemplate, UserDataFile("provision/missing.sh")] public partial class Web;""" },
        { "two InstanceTemplate attributes", "[InstanceTemplate, InstanceTemplate] public partial class Web;" },
        { "InstanceTemplate on two partial declarations", "[InstanceTemplate] public partial class Web; [InstanceTemplate] public partial class Web;" },
        { "null user data file", """[InstanceTemplate, UserDataFile(null!)] public partial class Web;""" },
    };

    [Theory]
    [MemberData(nameof(InvalidTemplates))]
    public void Nothing_is_generated(string shape, string declaration)
    {
        var outcome = Run(declaration);

        Assert.True(outcome.GeneratedSources.IsEmpty, shape);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    [Theory]
    [MemberData(nameof(InvalidTemplates))]
    public void The_compilation_gains_no_error(string shape, string declaration)
    {
        var outcome = Run(declaration);

        var before = outcome.Input.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.True(before.SequenceEqual(outcome.Errors.Select(d => d.ToString())), shape);
    }

    [Fact]
    public void An_invalid_template_does_not_stop_a_valid_one()
    {
        var outcome = GeneratorHarness.Run(
            [
                "using Fluent.Lightsail; namespace Acme; [InstanceTemplate] public partial struct Broken;",
                Templates.Minimal,
            ],
            [ScriptFile]);

        Assert.Equal(["Acme.Fleet.DevBox.g.cs"], outcome.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void An_abstract_template_is_valid()
    {
        var outcome = Run("[InstanceTemplate] public abstract partial class Web;");

        Assert.Equal(["Acme.Web.g.cs"], outcome.GeneratedSources.Select(source => source.HintName));
        Assert.Empty(outcome.GeneratedCodeDiagnostics);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void A_user_data_file_that_exists_is_valid()
    {
        // The control for the "missing user data file" case: the same template with the item present generates.
        var outcome = Run("""[InstanceTemplate, UserDataFile("provision/web.sh")] public partial class Web;""");

        Assert.Equal(["Acme.Web.g.cs"], outcome.GeneratedSources.Select(source => source.HintName));
    }

    private static readonly InMemoryAdditionalText ScriptFile = new("/project/provision/web.sh", "#!/bin/sh\n");

    private static GeneratorOutcome Run(string declaration) =>
        GeneratorHarness.Run(["using Fluent.Lightsail;\nnamespace Acme;\n" + declaration], [ScriptFile]);
}
