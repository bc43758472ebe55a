using System.Net;
using System.Text;

namespace Fluent.Lightsail.Client.Tests.Infrastructure;

/// <summary>What the loopback stub answers: a response, or a dropped connection after reading the request.</summary>
public sealed class StubReply
{
    private StubReply(HttpStatusCode status, string body, bool drop, IReadOnlyDictionary<string, string> headers, bool hang = false)
    {
        Hang = hang;
        Status = status;
        Body = body;
        Drop = drop;
        Headers = headers;
    }

    public HttpStatusCode Status { get; }

    public string Body { get; }

    /// <summary>Close the connection without answering, as when a response is lost on the way back.</summary>
    public bool Drop { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Keep the connection open and never answer (until the server stops): the client must time out.</summary>
    public bool Hang { get; }

    /// <summary>The same reply with one more header.</summary>
    public StubReply WithHeader(string name, string value)
    {
        var all = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value };
        return new StubReply(Status, Body, Drop, all, Hang);
    }

    public static StubReply Json(string body, string requestId = "req-ok", HttpStatusCode status = HttpStatusCode.OK, IReadOnlyDictionary<string, string>? headers = null)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/x-amz-json-1.1",
            ["x-amzn-RequestId"] = requestId,
        };
        foreach (var header in headers ?? new Dictionary<string, string>())
        {
            all[header.Key] = header.Value;
        }

        return new StubReply(status, body, drop: false, all);
    }

    public static StubReply Error(HttpStatusCode status, string type, string message, string requestId = "req-error", string? extraMembers = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var body = new StringBuilder();
        body.Append("{\"__type\":\"").Append(type).Append("\",\"message\":\"").Append(message).Append('"');
        if (extraMembers != null)
        {
            body.Append(',').Append(extraMembers);
        }

        body.Append('}');
        return Json(body.ToString(), requestId, status, headers);
    }

    public static StubReply DropConnection() => new(0, string.Empty, drop: true, new Dictionary<string, string>());

    public static StubReply NoAnswer() => new(0, string.Empty, drop: false, new Dictionary<string, string>(), hang: true);
}
