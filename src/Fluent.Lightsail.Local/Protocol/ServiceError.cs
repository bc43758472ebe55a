namespace Fluent.Lightsail.Local.Protocol;

/// <summary>
/// An error answer of the service: the <c>__type</c> the SDKs map to an exception class, the HTTP status and the
/// message. Handlers throw it; the pipeline turns it into the awsJson error body.
/// </summary>
public sealed class ServiceError : Exception
{
    public ServiceError(string type, int statusCode, string message)
        : base(message)
    {
        Type = type;
        StatusCode = statusCode;
    }

    /// <summary>The error type written as <c>__type</c>, such as <c>InvalidInputException</c>.</summary>
    public string Type { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The Lightsail <c>code</c> member, which Lightsail's own errors carry (the front door's do not).</summary>
    public string? Code { get; init; }

    /// <summary>The Lightsail <c>docs</c> member: where the service's documentation is.</summary>
    public string? Docs { get; init; }

    /// <summary>The Lightsail <c>tip</c> member: what to try next.</summary>
    public string? Tip { get; init; }
}
