using System.Collections.Immutable;
using Fluent.Lightsail.Generator.Resolution;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Finds the AdditionalFiles item a [UserDataFile] path names with the generator's own matching code (linked from the
/// generator), so the script checked here is the one embedded there.
/// </summary>
internal static class UserDataFileLocator
{
    public static AdditionalText? Find(string? requestedPath, ImmutableArray<AdditionalText> files, string? projectDirectory) =>
        UserDataFileMatch.Find(
            requestedPath ?? string.Empty,
            string.IsNullOrWhiteSpace(projectDirectory) ? null : PathNormalizer.Normalize(projectDirectory!),
            files,
            file => PathNormalizer.Normalize(file.Path),
            file => file.GetText()?.ToString());
}
