using System.Reflection;
using System.Xml.Linq;

namespace Fluent.Lightsail.Tests.Model;

/// <summary>
/// Hovering an attribute in an editor shows its constructor's documentation: every constructor of every DSL attribute
/// has a summary (and a param per parameter) in the XML documentation file shipped next to the assembly.
/// </summary>
public sealed class AttributeDocumentationTests
{
    private static readonly Type[] DslAttributes = typeof(InstanceTemplateAttribute).Assembly.GetExportedTypes()
        .Where(type => typeof(Attribute).IsAssignableFrom(type) && type.Namespace == "Fluent.Lightsail")
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> Attributes => new(DslAttributes);

    [Fact]
    public void The_DSL_has_seven_attributes()
        => Assert.Equal(
            ["AutoSnapshotAttribute", "InstanceTemplateAttribute", "StopInstanceOnIdleAttribute", "TagAttribute", "TemplateDefaultsAttribute", "UserDataAttribute", "UserDataFileAttribute"],
            DslAttributes.Select(type => type.Name));

    [Theory]
    [MemberData(nameof(Attributes))]
    public void Every_constructor_has_a_summary_and_its_parameters(Type attribute)
    {
        var members = Documentation();
        foreach (var constructor in attribute.GetConstructors())
        {
            var id = "M:" + attribute.FullName + ".#ctor" + Parameters(constructor);
            var member = members.SingleOrDefault(m => (string?)m.Attribute("name") == id);
            Assert.True(member != null, $"{id} is not documented");
            Assert.False(string.IsNullOrWhiteSpace(member!.Element("summary")?.Value), $"{id} has no summary");
            foreach (var parameter in constructor.GetParameters())
            {
                Assert.Contains(member.Elements("param"), p => (string?)p.Attribute("name") == parameter.Name);
            }
        }
    }

    private static List<XElement> Documentation()
    {
        var path = Path.ChangeExtension(typeof(InstanceTemplateAttribute).Assembly.Location, ".xml");
        return XDocument.Load(path).Descendants("member").ToList();
    }

    private static string Parameters(ConstructorInfo constructor)
    {
        var parameters = constructor.GetParameters();
        return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => p.ParameterType.FullName)) + ")";
    }
}
