using System.Reflection;
using System.Runtime.Loader;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// Collectible, so every test's assembly can be unloaded. Fluent.Lightsail and AWSSDK.Core come from the default
/// context: the probe's request types must be the very types the test host has loaded. Assemblies compiled in memory
/// (such as the AWSSDK.Lightsail stand-in) load into this context, beside the probe that references them.
/// </summary>
internal sealed class ProbeLoadContext(IReadOnlyDictionary<string, byte[]>? inMemoryAssemblies = null)
    : AssemblyLoadContext("probe", isCollectible: true)
{
    private static readonly Assembly[] Shared =
        [typeof(Fluent.Lightsail.InstanceTemplateAttribute).Assembly, typeof(Amazon.Runtime.ConstantClass).Assembly];

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        foreach (var shared in Shared)
        {
            if (AssemblyName.ReferenceMatchesDefinition(assemblyName, shared.GetName()))
            {
                return shared;
            }
        }

        if (assemblyName.Name is { } name && inMemoryAssemblies is not null && inMemoryAssemblies.TryGetValue(name, out var image))
        {
            return LoadFromStream(new MemoryStream(image));
        }

        // Everything else (the framework) resolves from the default context as well.
        return null;
    }
}
