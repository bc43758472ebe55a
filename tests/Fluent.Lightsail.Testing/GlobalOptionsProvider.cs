using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fluent.Lightsail.Testing;

/// <summary>Global analyzer options (<c>build_property.*</c>), as the SDK writes them into the generated .editorconfig.</summary>
public sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    /// <summary>No options at all, as a host that passes none.</summary>
    public static GlobalOptionsProvider Empty { get; } = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    /// <summary><c>build_property.projectdir</c>, which [UserDataFile] paths are relative to; null passes no options.</summary>
    public static GlobalOptionsProvider WithProjectDirectory(string? projectDirectory) =>
        projectDirectory is null ? Empty : new(new Dictionary<string, string> { ["build_property.projectdir"] = projectDirectory });

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
