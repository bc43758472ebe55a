using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>
/// What the project's C# version lets the generated code use. The same builder is written without what an older
/// version rejects, so a template compiles whatever the project's <c>LangVersion</c>.
/// </summary>
/// <param name="NullableAnnotations">C# 8 and later: <c>#nullable</c>, <c>string?</c> and <c>null!</c>.</param>
/// <param name="ParamsCollections">
/// C# 13 and later: <c>params IEnumerable&lt;string&gt;</c>, so one overload takes both a list of names written out and
/// any sequence, and a template needs two <c>Named</c> overloads instead of three (every member a template adds is
/// bound again in the editor at each keystroke).
/// </param>
internal readonly record struct LanguageFeatures(bool NullableAnnotations, bool ParamsCollections)
{
    // The generator builds against Roslyn 4.8, whose LanguageVersion has no CSharp13 member; the value is 1300.
    private const int CSharp13 = 1300;

    public static LanguageFeatures Of(CSharpParseOptions? options)
    {
        var version = options?.LanguageVersion ?? LanguageVersion.CSharp1;
        return new LanguageFeatures(version >= LanguageVersion.CSharp8, (int)version >= CSharp13);
    }
}
