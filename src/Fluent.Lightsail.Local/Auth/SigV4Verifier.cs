using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fluent.Lightsail.Local.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Fluent.Lightsail.Local.Auth;

/// <summary>
/// Checks a request's SigV4 <c>Authorization</c> header against the configured credentials and answers with the
/// error types AWS uses, so clients see the same exceptions as against the real service.
/// </summary>
internal sealed class SigV4Verifier(IReadOnlyList<LocalCredential> credentials, string region, TimeProvider clock)
{
    /// <summary>AWS refuses signatures more than 15 minutes away from its clock.</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public LocalCredential Verify(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw ServiceErrors.MissingAuthenticationToken();
        }

        var header = AuthorizationHeader.Parse(authorization);
        var credential = credentials.FirstOrDefault(c => string.Equals(c.AccessKeyId, header.AccessKeyId, StringComparison.Ordinal))
            ?? throw ServiceErrors.UnrecognizedClient();

        CheckSessionToken(request, credential);
        var amzDate = CheckDate(request, header);
        CheckScope(header);

        // The payload hash is always computed from the bytes received. A client-supplied x-amz-content-sha256 is
        // only compared with it: trusting the header would let a body be altered after signing unnoticed.
        var payloadHash = CanonicalRequest.HexSha256(body);
        var claimedHash = request.Headers["x-amz-content-sha256"].ToString();
        if (claimedHash.Length > 0 && claimedHash != "UNSIGNED-PAYLOAD" &&
            !string.Equals(claimedHash, payloadHash, StringComparison.OrdinalIgnoreCase))
        {
            throw ServiceErrors.InvalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        if (!header.SignedHeaders.Contains("host"))
        {
            throw ServiceErrors.InvalidSignature("'Host' must be a signed header.");
        }

        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? request.PathBase + request.Path + request.QueryString;
        var canonical = CanonicalRequest.Build(
            request.Method,
            rawTarget,
            name => request.Headers[name],
            header.SignedHeaders,
            payloadHash);
        var stringToSign = SigV4.StringToSign(amzDate, header.Scope, canonical);
        var key = SigV4.SigningKey(credential.SecretAccessKey, header.ScopeDate, header.ScopeRegion, header.ScopeService);
        var expected = SigV4.Signature(key, stringToSign);

        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header.Signature)))
        {
            throw ServiceErrors.SignatureMismatch();
        }

        return credential;
    }

    private static void CheckSessionToken(HttpRequest request, LocalCredential credential)
    {
        var token = request.Headers["x-amz-security-token"].ToString();
        var expected = credential.SessionToken ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            throw ServiceErrors.UnrecognizedClient();
        }
    }

    private string CheckDate(HttpRequest request, AuthorizationHeader header)
    {
        var amzDate = request.Headers["x-amz-date"].ToString();
        DateTimeOffset signedAt;
        if (amzDate.Length > 0)
        {
            if (!DateTimeOffset.TryParseExact(amzDate, SigV4.TimestampFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out signedAt))
            {
                throw ServiceErrors.IncompleteSignature($"Date must be in ISO-8601 'basic format'. Got '{amzDate}'.");
            }
        }
        else if (DateTimeOffset.TryParse(request.Headers.Date.ToString(), CultureInfo.InvariantCulture,
                     DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out signedAt))
        {
            amzDate = signedAt.UtcDateTime.ToString(SigV4.TimestampFormat, CultureInfo.InvariantCulture);
        }
        else
        {
            throw ServiceErrors.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if (!string.Equals(header.ScopeDate, amzDate[..8], StringComparison.Ordinal))
        {
            throw ServiceErrors.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{header.ScopeDate}' != '{amzDate[..8]}', from '{amzDate}'.");
        }

        var now = clock.GetUtcNow();
        if (signedAt < now - AllowedSkew)
        {
            throw ServiceErrors.InvalidSignature(
                $"Signature expired: {amzDate} is now earlier than {Format(now - AllowedSkew)} ({Format(now)} - 15 min.)");
        }

        if (signedAt > now + AllowedSkew)
        {
            throw ServiceErrors.InvalidSignature(
                $"Signature not yet current: {amzDate} is still later than {Format(now + AllowedSkew)} ({Format(now)} + 15 min.)");
        }

        return amzDate;
    }

    private void CheckScope(AuthorizationHeader header)
    {
        if (header.ScopeTerminator != "aws4_request")
        {
            throw ServiceErrors.IncompleteSignature(
                $"Credential should be scoped with a valid terminator: 'aws4_request', not '{header.ScopeTerminator}'.");
        }

        if (header.ScopeService != AwsJson.SigningName)
        {
            throw ServiceErrors.InvalidSignature(
                $"Credential should be scoped to correct service: '{AwsJson.SigningName}'.");
        }

        if (header.ScopeRegion != region)
        {
            throw ServiceErrors.InvalidSignature(
                $"Credential should be scoped to a valid region, not '{header.ScopeRegion}'.");
        }
    }

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(SigV4.TimestampFormat, CultureInfo.InvariantCulture);
}
