using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Benchmarks.Generator;

/// <summary>
/// The least any [InstanceTemplate] generator pays: the same ForAttributeWithMetadataName lookup as ours, with a
/// transform that reads nothing and no output. Roslyn binds the attributes of every candidate class again on each new
/// compilation, so this is the floor of both a cold run and a re-run; ours minus this is what our own steps cost.
/// </summary>
/// <remarks>Handed to the driver directly, so it carries no [Generator] attribute and is never loaded by a build.</remarks>
public sealed class AttributeLookupFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var templates = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Fluent.Lightsail.InstanceTemplateAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax,
            static (_, _) => 0);
        context.RegisterSourceOutput(templates, static (_, _) => { });
    }
}
