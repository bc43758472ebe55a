using Fluent.Lightsail.Generator.Model;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>Finds the AdditionalFiles item a <c>[UserDataFile]</c> path names (rules in <see cref="UserDataFileMatch"/>).</summary>
internal static class UserDataFileLocator
{
    /// <remarks>The spec's paths are normalised when the files are projected into the pipeline.</remarks>
    public static AdditionalFileSpec? Find(string requestedPath, UserDataFilesSpec files) =>
        UserDataFileMatch.Find(requestedPath, files.ProjectDirectory, files.Files, file => file.Path, file => file.Text);
}
