using System;
using System.Net;
using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>A resource the request names was not found. Mirrors <c>Amazon.Lightsail.Model.NotFoundException</c>.</summary>
public class NotFoundException : AmazonLightsailException, ILightsailErrorDetails
{
    /// <summary>Creates an exception with a message.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception wrapping the exception that caused it.</summary>
    public NotFoundException(Exception innerException)
        : base(innerException)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public NotFoundException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>Creates an exception with everything the service said.</summary>
    public NotFoundException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
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
