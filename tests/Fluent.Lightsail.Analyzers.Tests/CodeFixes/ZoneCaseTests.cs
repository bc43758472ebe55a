using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS2002: zone names are lower-case; the fix lower-cases them where they are written.</summary>
public sealed class ZoneCaseTests
{
    private const string Key = Fix.Mechanical;

    [Fact]
    public Task An_upper_case_zone_on_the_template_is_lower_cased()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = {|FLS2002:"US-East-2A"|}, Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]"""),
            CodeFixSources.Template("""[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]"""),
            Key);

    [Fact]
    public Task Fix_all_lower_cases_assembly_defaults_and_calls_in_two_documents()
    {
        var test = new LightsailCodeFixTest<ValueCodeFixProvider>(
            Sources.Usings + """[assembly: TemplateDefaults(AvailabilityZone = {|FLS2002:"EU-WEST-1B"|})]""",
            Sources.Usings + """[assembly: TemplateDefaults(AvailabilityZone = "eu-west-1b")]""",
            Key);
        test.TestState.Sources.Add(("Calls.cs", CodeFixSources.Calls("""Web.Named("web-1").InZone({|FLS2002:"Us-West-2a"|}).InZone({|FLS2002:"AP-SOUTHEAST-2C"|});""")));
        test.FixedState.Sources.Add(("Calls.cs", CodeFixSources.Calls("""Web.Named("web-1").InZone("us-west-2a").InZone("ap-southeast-2c");""")));
        return test.RunAsync();
    }
}
