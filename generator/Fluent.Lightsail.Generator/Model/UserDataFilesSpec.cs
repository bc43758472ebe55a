namespace Fluent.Lightsail.Generator.Model;

/// <summary>Everything needed to resolve <c>[UserDataFile]</c> paths: the project folder (when MSBuild tells it) and the AdditionalFiles.</summary>
/// <param name="ProjectDirectory">The normalised project folder without a trailing <c>/</c>, or <see langword="null"/> when unknown.</param>
internal sealed record UserDataFilesSpec(string? ProjectDirectory, EquatableArray<AdditionalFileSpec> Files);
