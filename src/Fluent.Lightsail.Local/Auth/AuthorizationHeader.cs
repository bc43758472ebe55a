using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.Auth;

/// <summary>
/// The parts of <c>Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request,
/// SignedHeaders=a;b, Signature=hex</c>.
/// </summary>
internal sealed record AuthorizationHeader(
    string AccessKeyId,
    string ScopeDate,
    string ScopeRegion,
    string ScopeService,
    string ScopeTerminator,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Scope => $"{ScopeDate}/{ScopeRegion}/{ScopeService}/{ScopeTerminator}";

    public string SignedHeadersText => string.Join(';', SignedHeaders);

    public static AuthorizationHeader Parse(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw ServiceErrors.IncompleteSignature(
                $"Authorization header requires the {Algorithm} algorithm. Authorization={trimmed}");
        }

        var parameters = trimmed[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.Ordinal);

        var missing = new[] { "Credential", "SignedHeaders", "Signature" }.Where(name => !parameters.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw ServiceErrors.IncompleteSignature(string.Join(' ', missing.Select(name =>
                $"Authorization header requires '{name}' parameter.")) + $" Authorization={trimmed}");
        }

        var credential = parameters["Credential"].Split('/');
        if (credential.Length != 5 || credential.Any(string.IsNullOrEmpty))
        {
            throw ServiceErrors.IncompleteSignature(
                $"Credential should be scoped to a valid region and service: '{parameters["Credential"]}'.");
        }

        var signedHeaders = parameters["SignedHeaders"].Split(';', StringSplitOptions.RemoveEmptyEntries);
        return new AuthorizationHeader(
            credential[0],
            credential[1],
            credential[2],
            credential[3],
            credential[4],
            signedHeaders,
            parameters["Signature"]);
    }
}
