using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Testing;

/// <summary>
/// What a user's project compiles against: the .NET 10 reference assemblies (shipped in a package, so nothing is
/// downloaded), the Fluent.Lightsail runtime and AWSSDK.Core, which the runtime's model types derive from. Built once:
/// metadata references are the costly part of a compilation.
/// </summary>
public static class TestReferences
{
    /// <summary>AWSSDK.Core, for assemblies that stand in for other AWS SDK packages.</summary>
    public static MetadataReference AwsSdkCore { get; } = MetadataReference.CreateFromFile(typeof(Amazon.Runtime.ConstantClass).Assembly.Location);

    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(InstanceTemplateAttribute).Assembly.Location),
        AwsSdkCore,
    ];
}
