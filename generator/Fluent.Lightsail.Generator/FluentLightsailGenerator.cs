using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator;

/// <summary>Placeholder entry point; the generator issue fills the pipeline.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class FluentLightsailGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
