extern alias runtime;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>The references of every compilation under test: .NET 10 reference assemblies, the runtime and AWSSDK.Core. No downloads.</summary>
internal static class TestReferences
{
    public static readonly ImmutableArray<MetadataReference> All = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(runtime::Fluent.Lightsail.InstanceTemplateAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(runtime::Fluent.Lightsail.Model.IpAddressType).BaseType!.Assembly.Location))
        .ToImmutableArray();
}
