using System;
using System.IO;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Fluent.Lightsail.Json;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// The awsJson 1.1 request frame every Lightsail operation shares: <c>POST /</c>, the 1.1 content type (no charset),
/// <c>X-Amz-Target: Lightsail_20161128.{Operation}</c>, and <c>x-amz-api-version: 2016-11-28</c>, which the official
/// .NET SDK's generated marshallers add to every request (the JS SDK does not; the service accepts both).
/// </summary>
internal static class JsonProtocol
{
    public const string ContentType = "application/x-amz-json-1.1";
    public const string TargetPrefix = "Lightsail_20161128.";

    /// <summary>The API version of the Lightsail model, as the official .NET SDK sends it.</summary>
    public const string ApiVersion = "2016-11-28";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = MinimalJsonEncoder.Instance };

    public static IRequest CreateRequest(AmazonWebServiceRequest publicRequest, string operation, byte[] body)
    {
        IRequest request = new DefaultRequest(publicRequest, "Lightsail");
        request.Headers["X-Amz-Target"] = TargetPrefix + operation;
        request.Headers["Content-Type"] = ContentType;
        request.Headers["x-amz-api-version"] = ApiVersion;
        request.HttpMethod = "POST";
        request.ResourcePath = "/";
        request.Content = body;
        return request;
    }

    /// <summary>Writes a small body with the same encoder as <see cref="LightsailJson"/>, so escaping matches the SDKs.</summary>
    public static byte[] WriteBody(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
