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

    /// <summary>The Lightsail <c>code</c> member, when the service sends one (it does for some input errors).</summary>
    public string? Code { get; init; }
}
