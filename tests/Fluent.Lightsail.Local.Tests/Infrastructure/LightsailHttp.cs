using System.Text;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests.Infrastructure;

/// <summary>
/// Sends awsJson 1.1 requests to a local endpoint the way the SDKs do (POST /, X-Amz-Target, signed), with hooks to
/// break one thing at a time: other credentials, a signing time, extra headers, or bytes changed after signing.
/// </summary>
public sealed class LightsailHttp : IDisposable
{
    private readonly LocalLightsailServer server;
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public LightsailHttp(LocalLightsailServer server, TimeProvider? clock = null)
    {
        this.server = server;
        Clock = clock ?? TimeProvider.System;
        AccessKeyId = server.AccessKeyId;
        SecretAccessKey = server.SecretAccessKey;
        SessionToken = server.SessionToken;
        Region = server.Region;
    }

    public TimeProvider Clock { get; }

    public string AccessKeyId { get; set; }

    public string SecretAccessKey { get; set; }

    public string? SessionToken { get; set; }

    public string Region { get; set; }

    public string Service { get; set; } = "lightsail";

    /// <summary>Shifts the signing time away from <see cref="Clock"/>, to test the skew check.</summary>
    public TimeSpan SigningSkew { get; set; }

    public Task<LightsailReply> SendAsync(string operation, string json = "{}", IReadOnlyDictionary<string, string>? extraHeaders = null) =>
        SendAsync(operation, json, extraHeaders, tamper: null);

    /// <summary>Signs the request, lets <paramref name="tamper"/> change it, then sends it.</summary>
    public async Task<LightsailReply> SendAsync(
        string operation,
        string json,
        IReadOnlyDictionary<string, string>? extraHeaders,
        Func<SignedRequest, SignedRequest>? tamper,
        CancellationToken cancellationToken = default)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var at = Clock.GetUtcNow() + SigningSkew;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["content-type"] = "application/x-amz-json-1.1",
            ["x-amz-date"] = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["x-amz-target"] = "Lightsail_20161128." + operation,
        };
        if (SessionToken is not null)
        {
            headers["x-amz-security-token"] = SessionToken;
        }

        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        var authorization = TestSigV4Signer.Sign(AccessKeyId, SecretAccessKey, Region, Service, at, server.Endpoint.Authority, headers, body);
        var signed = new SignedRequest(authorization, headers, body);
        signed = tamper?.Invoke(signed) ?? signed;
        return await SendRawAsync(signed.Headers, signed.Body, signed.Authorization, cancellationToken);
    }

    /// <summary>Sends exactly the given headers and body; no signing.</summary>
    public async Task<LightsailReply> SendRawAsync(IReadOnlyDictionary<string, string> headers, byte[] body, string? authorization, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint);
        request.Content = new ByteArrayContent(body);
        foreach (var (name, value) in headers)
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new LightsailReply((int)response.StatusCode, text, response.Headers, response.Content.Headers);
    }

    public void Dispose() => client.Dispose();
}
