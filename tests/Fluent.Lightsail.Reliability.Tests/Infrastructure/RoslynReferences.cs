using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// What every user compilation under test references: .NET 10 reference assemblies (from a package, nothing is
/// downloaded), the Fluent.Lightsail runtime and AWSSDK.Core. Built once: metadata references are the costly part.
/// </summary>
internal static class RoslynReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(InstanceTemplateAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.Runtime.ConstantClass).Assembly.Location),
    ];
}
