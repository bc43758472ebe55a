using System;
using Fluent.Lightsail.Generator.Model;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>
/// Finds the AdditionalFiles item a <c>[UserDataFile]</c> path names: first an item whose path relative to the
/// project folder is the path, then (when the project folder is unknown or the item lives elsewhere) the first item
/// whose full path ends with it at a folder boundary.
/// </summary>
internal static class UserDataFileLocator
{
    public static AdditionalFileSpec? Find(string requestedPath, UserDataFilesSpec files)
    {
        var wanted = PathNormalizer.Normalize(requestedPath);
        if (wanted.Length == 0)
        {
            return null;
        }

        if (files.ProjectDirectory is { Length: > 0 } projectDirectory)
        {
            var prefix = projectDirectory + "/";
            foreach (var file in files.Files)
            {
                if (file.Path.StartsWith(prefix, StringComparison.Ordinal)
                    && string.Equals(file.Path.Substring(prefix.Length), wanted, StringComparison.Ordinal))
                {
                    return file;
                }
            }
        }

        foreach (var file in files.Files)
        {
            if (string.Equals(file.Path, wanted, StringComparison.Ordinal)
                || file.Path.EndsWith("/" + wanted, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }
}
