using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// What a user's project compiles against: the .NET 10 reference assemblies (shipped in a package, so nothing is
/// downloaded), the Fluent.Lightsail runtime and AWSSDK.Core, which the runtime's model types derive from.
/// </summary>
internal static class TestReferences
{
    public static IReadOnlyList<MetadataReference> All { get; } =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Fluent.Lightsail.InstanceTemplateAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.Runtime.ConstantClass).Assembly.Location),
    ];
}
