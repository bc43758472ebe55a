using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Fluent.Lightsail.Local.Auth;

/// <summary>
/// Builds the SigV4 canonical request from what actually arrived on the wire (raw target, headers as received,
/// body bytes), so that any byte a client changed after signing changes the result.
/// </summary>
internal static class CanonicalRequest
{
    public static string Build(
        string method,
        string rawTarget,
        Func<string, StringValues> headerLookup,
        IReadOnlyList<string> signedHeaders,
        string payloadHash)
    {
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 ? string.Empty : rawTarget[(queryStart + 1)..];

        var builder = new StringBuilder();
        builder.Append(method).Append('\n');
        builder.Append(CanonicalUri(path)).Append('\n');
        builder.Append(CanonicalQuery(query)).Append('\n');
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(CanonicalHeaderValue(headerLookup(name))).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>
    /// Every service except S3 encodes the already-encoded path a second time (botocore quotes the URL's path, the
    /// .NET SDK double-encodes): so a <c>%</c> in the raw path becomes <c>%25</c>.
    /// </summary>
    private static string CanonicalUri(string rawPath)
    {
        if (rawPath.Length == 0)
        {
            return "/";
        }

        var segments = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(Encode(segment));
            }
        }

        var trailingSlash = rawPath.EndsWith('/') && segments.Count > 0 ? "/" : string.Empty;
        return "/" + string.Join('/', segments) + trailingSlash;
    }

    private static string CanonicalQuery(string rawQuery)
    {
        if (rawQuery.Length == 0)
        {
            return string.Empty;
        }

        var pairs = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
                return (Key: Encode(Uri.UnescapeDataString(key)), Value: Encode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(pair => pair.Key + "=" + pair.Value));
    }

    /// <summary>Values trimmed, inner runs of spaces collapsed, repeated headers joined with commas.</summary>
    private static string CanonicalHeaderValue(StringValues values) =>
        string.Join(',', values.Select(value => string.Join(' ',
            (value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));

    /// <summary>RFC 3986 encoding: only unreserved characters stay as they are; hex digits upper case.</summary>
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
