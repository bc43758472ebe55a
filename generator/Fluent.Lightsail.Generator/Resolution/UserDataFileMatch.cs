using System;
using System.Collections.Generic;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>
/// Which AdditionalFiles item a <c>[UserDataFile]</c> path names: first an item whose path relative to the project
/// folder is the path, then (when the project folder is unknown or the item lives elsewhere) an item whose full path
/// ends with it at a folder boundary; among several matches the ordinal-first path, then text, wins, so the result
/// does not depend on the order of the items. Linked into the analyzers too, so that the file the analyzers check is
/// the one the generator embeds.
/// </summary>
internal static class UserDataFileMatch
{
    /// <param name="requestedPath">The path as written in the attribute.</param>
    /// <param name="projectDirectory">The project folder, normalised, or null when unknown.</param>
    /// <param name="files">The candidates.</param>
    /// <param name="normalizedPath">A candidate's path, normalised with <see cref="PathNormalizer"/>.</param>
    /// <param name="text">A candidate's text, the tie-breaker between two items with one path.</param>
    public static T? Find<T>(string requestedPath, string? projectDirectory, IEnumerable<T> files, Func<T, string> normalizedPath, Func<T, string?> text)
        where T : class
    {
        var wanted = PathNormalizer.Normalize(requestedPath);
        if (wanted.Length == 0)
        {
            return null;
        }

        T? found = null;
        if (projectDirectory is { Length: > 0 })
        {
            var prefix = projectDirectory + "/";
            foreach (var file in files)
            {
                var path = normalizedPath(file);
                if (path.StartsWith(prefix, StringComparison.Ordinal) && string.Equals(path.Substring(prefix.Length), wanted, StringComparison.Ordinal))
                {
                    found = First(found, file);
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        foreach (var file in files)
        {
            var path = normalizedPath(file);
            if (string.Equals(path, wanted, StringComparison.Ordinal) || path.EndsWith("/" + wanted, StringComparison.Ordinal))
            {
                found = First(found, file);
            }
        }

        return found;

        T First(T? current, T candidate)
        {
            if (current is null)
            {
                return candidate;
            }

            var byPath = string.CompareOrdinal(normalizedPath(candidate), normalizedPath(current));
            return byPath < 0 || (byPath == 0 && string.CompareOrdinal(text(candidate), text(current)) < 0) ? candidate : current;
        }
    }
}
