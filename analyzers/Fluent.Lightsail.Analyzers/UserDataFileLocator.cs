using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// Finds the AdditionalFiles item a [UserDataFile] path names, the way the generator does: an item whose path relative
/// to the project folder is the path, else an item whose full path ends with it at a folder boundary.
/// </summary>
internal static class UserDataFileLocator
{
    public static AdditionalText? Find(string? requestedPath, ImmutableArray<AdditionalText> files, string? projectDirectory)
    {
        var wanted = Normalize(requestedPath ?? string.Empty);
        if (wanted.Length == 0)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(projectDirectory))
        {
            var prefix = Normalize(projectDirectory!) + "/";
            foreach (var file in files)
            {
                var path = Normalize(file.Path);
                if (path.StartsWith(prefix, StringComparison.Ordinal) && string.Equals(path.Substring(prefix.Length), wanted, StringComparison.Ordinal))
                {
                    return file;
                }
            }
        }

        foreach (var file in files)
        {
            var path = Normalize(file.Path);
            if (string.Equals(path, wanted, StringComparison.Ordinal) || path.EndsWith("/" + wanted, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>'/' separators, no '.' segments, '..' applied, no trailing '/'.</summary>
    internal static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join("/", segments);
        return unified.StartsWith("/", StringComparison.Ordinal) ? "/" + joined : joined;
    }
}
