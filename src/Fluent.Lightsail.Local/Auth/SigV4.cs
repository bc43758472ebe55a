using System.Security.Cryptography;
using System.Text;

namespace Fluent.Lightsail.Local.Auth;

/// <summary>
/// The SigV4 key derivation and signature. Plain <see cref="HMACSHA256"/>: AWSSDK.Core's signer helpers live in
/// <c>Amazon.Runtime.Internal</c> (no compatibility promise) and work on the SDK's outgoing request type, while a
/// verifier must rebuild everything from the request as received.
/// </summary>
internal static class SigV4
{
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{AuthorizationHeader.Algorithm}\n{amzDate}\n{scope}\n{CanonicalRequest.HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }

    public static string Signature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(stringToSign)));
}
