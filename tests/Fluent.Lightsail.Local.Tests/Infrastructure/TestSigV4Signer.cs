using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fluent.Lightsail.Local.Tests.Infrastructure;

/// <summary>
/// A test-side SigV4 signer for awsJson POSTs, written separately from the endpoint's verifier (and checked against
/// AWS's published example in <c>SigV4VectorTests</c>) so the two do not share a mistake.
/// </summary>
public static class TestSigV4Signer
{
    public static string Sign(
        string accessKeyId,
        string secretAccessKey,
        string region,
        string service,
        DateTimeOffset at,
        string host,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        string path = "/",
        string query = "")
    {
        var amzDate = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = host };
        foreach (var (name, value) in headers)
        {
            all[name.ToLowerInvariant()] = value.Trim();
        }

        var signedHeaders = string.Join(';', all.Keys);
        var canonical = new StringBuilder()
            .Append("POST\n").Append(path).Append('\n').Append(query).Append('\n')
            .Append(string.Concat(all.Select(h => $"{h.Key}:{h.Value}\n"))).Append('\n')
            .Append(signedHeaders).Append('\n')
            .Append(Hex(SHA256.HashData(body)))
            .ToString();
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        return $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
