using System;
using System.Net;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The credentials lack permission, or the account cannot use the resource. Mirrors <c>Amazon.Lightsail.Model.AccessDeniedException</c>.</summary>
public class AccessDeniedException : AmazonLightsailException, ILightsailErrorDetails
{
    /// <summary>Creates an exception with a message.</summary>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception wrapping the exception that caused it.</summary>
    public AccessDeniedException(Exception innerException)
        : base(innerException)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public AccessDeniedException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public AccessDeniedException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>The service's error code (wire member <c>code</c>).</summary>
    public string? Code { get; set; }

    /// <summary>A link to the documentation of the error (wire member <c>docs</c>).</summary>
    public string? Docs { get; set; }

    /// <summary>The service's hint on how to fix the request (wire member <c>tip</c>).</summary>
    public string? Tip { get; set; }
}
