using System.Security.Cryptography;
using System.Text;

namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>
/// Recomputes an AWS Signature Version 4 from the bytes a request arrived with and the credentials the test configured,
/// the way the service does: canonical request, string to sign, HMAC key chain
/// (<c>AWS4{secret}</c> → date → region → service → <c>aws4_request</c>).
/// </summary>
public static class SigV4Verifier
{
    public sealed record Authorization(string AccessKey, string Date, string Region, string Service, string SignedHeaders, string Signature)
    {
        public string Scope => $"{Date}/{Region}/{Service}/aws4_request";
    }

    public static Authorization Parse(RecordedRequest request)
    {
        var header = request.Header("Authorization") ?? throw new InvalidOperationException("The request has no Authorization header.");
        const string Algorithm = "AWS4-HMAC-SHA256 ";
        Assert.StartsWith(Algorithm, header, StringComparison.Ordinal);
        var fields = header[Algorithm.Length..]
            .Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
        var credential = fields["Credential"].Split('/');
        return new Authorization(credential[0], credential[1], credential[2], credential[3], fields["SignedHeaders"], fields["Signature"]);
    }

    /// <summary>The signature the service would expect for this request and secret key.</summary>
    public static string ExpectedSignature(RecordedRequest request, string secretKey)
    {
        var authorization = Parse(request);
        var signedHeaders = authorization.SignedHeaders.Split(';');
        var canonicalHeaders = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = request.Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => CollapseSpaces(h.Value.Trim()));
            canonicalHeaders.Append(name).Append(':').Append(string.Join(",", values)).Append('\n');
        }

        var path = request.Target.Split('?')[0];
        var query = request.Target.Contains('?', StringComparison.Ordinal) ? request.Target.Split('?', 2)[1] : string.Empty;
        var payloadHash = Hex(SHA256.HashData(request.Body));
        var canonicalRequest = string.Join("\n", request.Method, path, query, canonicalHeaders.ToString(), authorization.SignedHeaders, payloadHash);
        var amzDate = request.Header("X-Amz-Date") ?? throw new InvalidOperationException("The request has no X-Amz-Date header.");
        var stringToSign = string.Join("\n", "AWS4-HMAC-SHA256", amzDate, authorization.Scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in new[] { authorization.Date, authorization.Region, authorization.Service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>Asserts the request carries a SigV4 signature that is valid for <paramref name="secretKey"/>.</summary>
    public static void AssertValid(RecordedRequest request, string accessKey, string secretKey)
    {
        var authorization = Parse(request);
        Assert.Equal(accessKey, authorization.AccessKey);
        Assert.Equal(Hex(SHA256.HashData(request.Body)), request.Header("X-Amz-Content-SHA256"));
        Assert.Equal(ExpectedSignature(request, secretKey), authorization.Signature);
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(c);
                }

                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        return builder.ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
