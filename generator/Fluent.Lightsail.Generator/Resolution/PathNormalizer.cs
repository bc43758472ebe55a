using System.Collections.Generic;

namespace Fluent.Lightsail.Generator.Resolution;

/// <summary>
/// Brings file paths to one form so that <c>provision\web.sh</c>, <c>./provision/web.sh</c> and the AdditionalFiles
/// item's full path compare: <c>/</c> separators, no <c>.</c> segments, <c>..</c> applied, no trailing <c>/</c>.
/// </summary>
internal static class PathNormalizer
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", System.StringComparison.Ordinal);
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
        return rooted ? "/" + joined : joined;
    }
}
