extern alias runtime;

using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests.Vocabulary;

/// <summary>
/// The request vocabulary against what it describes: the runtime's attributes and catalogue, the generated builder's
/// methods and parameters, and the README's DSL tables. A member added to one and not the others fails here.
/// </summary>
public sealed class RequestVocabularyTests
{
    public static TheoryData<string> Members => new(RequestMembers.All.Select(member => member.JsonName));

    [Theory]
    [MemberData(nameof(Members))]
    public void The_attribute_argument_exists_on_the_runtime_attribute(string jsonName)
    {
        var member = RequestMembers.Find(jsonName)!;
        var assembly = typeof(runtime::Fluent.Lightsail.InstanceTemplateAttribute).Assembly;
        if (member.IsTemplateProperty)
        {
            foreach (var attribute in new[] { RequestMembers.Attributes.InstanceTemplate, RequestMembers.Attributes.TemplateDefaults })
            {
                Assert.NotNull(assembly.GetType(RequestMembers.Attributes.Namespace + "." + attribute)!.GetProperty(member.Argument));
            }
        }
        else
        {
            var type = assembly.GetType(RequestMembers.Attributes.Namespace + "." + member.Attribute)!;
            Assert.Contains(type.GetConstructors(), constructor =>
                constructor.GetParameters().Length > member.ArgumentIndex && constructor.GetParameters()[member.ArgumentIndex].Name == member.Argument);
        }

        if (member.CatalogType is { } catalog)
        {
            Assert.NotNull(assembly.GetType(catalog));
        }
    }

    [Fact]
    public async Task Every_member_has_its_builder_method_and_parameter_on_the_final_stage()
    {
        var run = await AnalyzerRun.RunWithGeneratorAsync(Sources.Usings + """
            namespace Acme;

            [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
            public partial class Web;
            """);
        // The final stage is the runtime's InstanceBuilder, which a complete template's Named(...) returns.
        var ready = run.Compilation.GetTypeByMetadataName("Fluent.Lightsail.InstanceBuilder")!;
        var named = run.Compilation.GetTypeByMetadataName("Acme.Web")!.GetMembers("Named").OfType<IMethodSymbol>().First();
        Assert.Equal(ready, named.ReturnType, SymbolEqualityComparer.Default);

        foreach (var member in RequestMembers.All)
        {
            Assert.Contains(
                ready.GetMembers(member.BuilderMethod).OfType<IMethodSymbol>(),
                method => method.Parameters.Any(parameter => parameter.Name == member.BuilderParameter));
        }
    }

    [Fact]
    public void The_readme_names_every_template_property_and_builder_method()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var dslTable = readme.Split('\n').Single(line => line.StartsWith("| `[InstanceTemplate(...)]`", StringComparison.Ordinal));

        Assert.All(RequestMembers.TemplateProperties, member => Assert.Contains("`" + member.Argument + "`", dslTable, StringComparison.Ordinal));
        Assert.All(RequestMembers.All, member => Assert.Contains("`" + member.BuilderMethod, readme, StringComparison.Ordinal));
    }
}
