using System.Collections.Generic;
using System.Threading;
using Fluent.Lightsail.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>Projects a compilation onto its <see cref="AssemblyDefaultsSpec"/>.</summary>
internal static class AssemblyDefaultsParser
{
    public static AssemblyDefaultsSpec Parse(Compilation compilation, CancellationToken cancellationToken)
    {
        string? zone = null, blueprint = null, bundle = null, keyPair = null, ipAddressType = null;
        var tags = new List<TagSpec>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FluentAttributes.Is(attribute, FluentAttributes.TemplateDefaults))
            {
                zone = FluentAttributes.NamedStringArgument(attribute, "AvailabilityZone");
                blueprint = FluentAttributes.NamedStringArgument(attribute, "Blueprint");
                bundle = FluentAttributes.NamedStringArgument(attribute, "Bundle");
                keyPair = FluentAttributes.NamedStringArgument(attribute, "KeyPair");
                ipAddressType = FluentAttributes.NamedStringArgument(attribute, "IpAddressType");
            }
            else if (FluentAttributes.Is(attribute, FluentAttributes.Tag))
            {
                tags.Add(TagParser.Parse(attribute));
            }
        }

        return new AssemblyDefaultsSpec(zone, blueprint, bundle, keyPair, ipAddressType, new EquatableArray<TagSpec>(tags));
    }
}
