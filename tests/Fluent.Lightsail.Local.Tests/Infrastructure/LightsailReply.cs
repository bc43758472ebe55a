using System.Net.Http.Headers;
using System.Text.Json;

namespace Fluent.Lightsail.Local.Tests.Infrastructure;

/// <summary>What the endpoint answered: status, raw body, headers, and the body parsed when it is JSON.</summary>
public sealed record LightsailReply(int Status, string Body, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? ErrorType => Status >= 400 && Json.TryGetProperty("__type", out var type) ? type.GetString() : null;

    public string? ErrorMessage => Json.TryGetProperty("message", out var message) ? message.GetString() : null;

    public string? RequestId => Headers.TryGetValues("x-amzn-RequestId", out var values) ? values.Single() : null;
}
