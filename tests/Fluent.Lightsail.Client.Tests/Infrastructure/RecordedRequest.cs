using System.Text;

namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>One HTTP request exactly as it arrived on the socket: headers in arrival order and the raw body bytes.</summary>
public sealed class RecordedRequest
{
    public RecordedRequest(string method, string target, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        Method = method;
        Target = target;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The request target of the request line: path and query.</summary>
    public string Target { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The operation name from <c>X-Amz-Target</c>, such as <c>CreateInstances</c>.</summary>
    public string Operation => Header("X-Amz-Target")?.Split('.').Last() ?? string.Empty;

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public int HeaderCount(string name) => Headers.Count(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
}
