using System;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// The error half every Lightsail operation shares: Core's <see cref="JsonErrorResponseUnmarshaller"/> finds the type
/// (<c>__type</c>, then <c>x-amzn-ErrorType</c>, then <c>code</c>), message and request id; this maps the type to the
/// typed exception and copies the Lightsail-specific <c>code</c>, <c>docs</c> and <c>tip</c> members onto it.
/// </summary>
internal abstract class LightsailResponseUnmarshaller : JsonResponseUnmarshaller
{
    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var reader = new StreamingUtf8JsonReader(context.Stream);
        var error = JsonErrorResponseUnmarshaller.GetInstance().Unmarshall(context, ref reader);
        error.InnerException = innerException;
        error.StatusCode = statusCode;
        return CreateException(error, context.GetResponseBodyBytes());
    }

    internal static AmazonServiceException CreateException(ErrorResponse error, byte[]? body)
    {
        var message = error.Message;
        AmazonLightsailException exception = error.Code switch
        {
            "InvalidInputException" => new InvalidInputException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "NotFoundException" => new NotFoundException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "ServiceException" => new ServiceException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "OperationFailureException" => new OperationFailureException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "AccessDeniedException" => new AccessDeniedException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "AccountSetupInProgressException" => new AccountSetupInProgressException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "UnauthenticatedException" => new UnauthenticatedException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            "RegionSetupInProgressException" => new RegionSetupInProgressException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
            _ => new AmazonLightsailException(message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode),
        };

        if (exception is ILightsailErrorDetails details)
        {
            (details.Code, details.Docs, details.Tip) = ReadDetails(body);
        }

        return exception;
    }

    /// <summary>Reads the top-level string members <c>code</c>, <c>docs</c> and <c>tip</c>; anything else, or a non-JSON body, gives nulls.</summary>
    private static (string? Code, string? Docs, string? Tip) ReadDetails(byte[]? body)
    {
        if (body is not { Length: > 0 })
        {
            return (null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            return (Member(document.RootElement, "code"), Member(document.RootElement, "docs"), Member(document.RootElement, "tip"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static string? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
