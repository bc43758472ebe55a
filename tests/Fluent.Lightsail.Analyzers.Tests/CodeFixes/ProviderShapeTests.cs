using System.Composition;
using System.Reflection;
using Fluent.Lightsail.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>How the IDE finds and runs the providers: MEF export for C#, Fix All, known ids, one provider per id.</summary>
public sealed class ProviderShapeTests
{
    private static readonly CodeFixProvider[] Providers =
        typeof(ValueCodeFixProvider).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToArray();

    [Fact]
    public void Every_provider_is_exported_for_CSharp_and_shared()
    {
        Assert.Equal(4, Providers.Length);
        foreach (var provider in Providers)
        {
            var export = provider.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Equal(new[] { LanguageNames.CSharp }, export!.Languages);
            Assert.NotNull(provider.GetType().GetCustomAttribute<SharedAttribute>());
            // Every provider with a mechanical fix takes part in Fix All; the rename of FLS9008 is only ever a choice.
            Assert.Equal(provider is not GeneratedNameCodeFixProvider, provider.GetFixAllProvider() is not null);
        }
    }

    [Fact]
    public void Every_fixable_id_is_a_diagnostic_of_the_analyzers_and_has_one_provider()
    {
        var ids = Providers.SelectMany(provider => provider.FixableDiagnosticIds).ToList();
        var known = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet();

        Assert.All(ids, id => Assert.Contains(id, known));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 30, $"{ids.Count} fixable ids");
    }
}
