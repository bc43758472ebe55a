using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluent.Lightsail.Local.Auth;
using Fluent.Lightsail.Local.Catalog;
using Fluent.Lightsail.Local.Operations;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;
using Microsoft.AspNetCore.Http;

namespace Fluent.Lightsail.Local;

/// <summary>
/// One request end to end: read the body, check SigV4, resolve <c>X-Amz-Target</c>, apply an injected fault, run
/// the operation, write the awsJson answer with <c>x-amzn-RequestId</c>. Authentication comes before anything
/// else, as with the service: an unsigned request learns nothing about operations or input.
/// </summary>
internal sealed class RequestPipeline(
    LocalLightsailOptions options,
    LightsailState state,
    RegionInfo region,
    SigV4Verifier verifier,
    FaultInjector faults,
    RequestStats stats,
    CancellationToken stopping)
{
    private static readonly IReadOnlyDictionary<string, IOperationHandler> Handlers = new IOperationHandler[]
    {
        new CreateInstancesHandler(),
        new CreateInstancesFromSnapshotHandler(),
        new GetOperationHandler(),
        new GetOperationsHandler(),
        new GetOperationsForResourceHandler(),
        new GetInstanceHandler(),
        new GetInstancesHandler(),
        new DeleteInstanceHandler(),
        new TagResourceHandler(),
        new UntagResourceHandler(),
        new EnableAddOnHandler(),
        new DisableAddOnHandler(),
        new SetIpAddressTypeHandler(),
        new GetRegionsHandler(),
        new GetBlueprintsHandler(),
        new GetBundlesHandler(),
    }.ToDictionary(handler => handler.Name, StringComparer.Ordinal);

    /// <summary>
    /// Non-ASCII text is written as raw UTF-8, as the service does; the default encoder's <c>\u00E9</c> escapes are
    /// valid JSON too, but a client that only copes with one form should meet the real one here.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyCollection<string> Operations => Handlers.Keys.ToList();

    public async Task HandleAsync(HttpContext context)
    {
        var clock = options.TimeProvider;
        var response = context.Response;
        var requestId = Guid.NewGuid().ToString();
        response.Headers[AwsJson.RequestIdHeader] = requestId;
        response.Headers.Date = clock.GetUtcNow().ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var operation = OperationName(context.Request);
        string? accessKeyId = null;
        string? errorType = null;
        Fault? fault = null;
        var recorded = false;
        try
        {
            var body = await ReadBodyAsync(context.Request, context.RequestAborted);

            // From here on the request has been read: the service would finish it whether or not the client waits.
            using var work = options.AbortWorkWhenClientDisconnects
                ? CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping)
                : CancellationTokenSource.CreateLinkedTokenSource(stopping);
            accessKeyId = verifier.Verify(context.Request, body).AccessKeyId;
            if (!HttpMethods.IsPost(context.Request.Method) || !Handlers.TryGetValue(operation, out var handler))
            {
                throw ServiceErrors.UnknownOperation();
            }

            CheckContentType(context.Request.ContentType);
            fault = HeaderFault(context.Request) ?? faults.TakeFor(operation);
            switch (fault?.Kind)
            {
                case FaultKind.Throttle:
                    throw ServiceErrors.Throttling();
                case FaultKind.InternalError:
                    throw ServiceErrors.Internal();
                case FaultKind.Unauthenticated:
                    throw ServiceErrors.Unauthenticated();
                case FaultKind.Latency:
                    // Wall-clock time on purpose: latency exists to exercise client timeouts, not operation progress.
                    await Task.Delay(fault.Delay, work.Token);
                    break;
                case FaultKind.DropConnection:
                    context.Abort();
                    return;
            }

            var failure = fault?.Kind == FaultKind.OperationFailure ? new OperationFailure(fault.ErrorCode, fault.ErrorDetails) : null;
            var operationContext = new OperationContext(state, region, clock.GetUtcNow(), options.OperationDelay, failure, new Requester(accessKeyId, requestId))
            {
                PublicIpDelay = options.PublicIpDelay,
                PageSize = options.PageSize,
            };
            var result = Execute(handler, body, operationContext);
            if (fault?.Kind == FaultKind.LostResponse)
            {
                // The work is done, but the client never hears of it: the case idempotent retries must handle.
                context.Abort();
                return;
            }

            if (fault?.Kind == FaultKind.MalformedJson)
            {
                result = result[..(result.Length / 2)];
            }

            Record(StatusCodes.Status200OK);
            await WriteAsync(response, StatusCodes.Status200OK, result, context.RequestAborted);
        }
        catch (ServiceError error)
        {
            errorType = error.Type;
            response.Headers[AwsJson.ErrorTypeHeader] = error.Type;
            Record(error.StatusCode);
            await WriteAsync(response, error.StatusCode, ErrorBody(error), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || stopping.IsCancellationRequested)
        {
            // The client went away, or the server is stopping; there is nobody to answer.
        }
        catch (Exception e) when (!response.HasStarted)
        {
            // A bug in the endpoint still answers in the protocol (500 ServiceException, which SDKs retry), and says
            // what broke instead of an empty 500 from Kestrel.
            var error = ServiceErrors.Internal($"The local endpoint failed: {e.GetType().Name}: {e.Message}");
            errorType = error.Type;
            response.Headers[AwsJson.ErrorTypeHeader] = error.Type;
            Record(error.StatusCode);
            await WriteAsync(response, error.StatusCode, ErrorBody(error), CancellationToken.None);
        }
        finally
        {
            // Requests without an answer (dropped, lost, abandoned by the client or the server) are recorded here.
            Record(0);
        }

        // A request is recorded before its answer is written, so a client that has the answer finds it in the stats.
        void Record(int status)
        {
            if (recorded)
            {
                return;
            }

            recorded = true;
            var request = new RecordedRequest(
                operation,
                context.RequestAborted.IsCancellationRequested ? 0 : status,
                errorType,
                fault?.Kind,
                accessKeyId,
                context.Request.Headers["amz-sdk-request"].FirstOrDefault(),
                clock.GetUtcNow());
            stats.Record(request);
            options.OnRequest?.Invoke(request);
        }
    }

    private static string OperationName(HttpRequest request)
    {
        var target = request.Headers[AwsJson.TargetHeader].ToString();
        return target.StartsWith(AwsJson.TargetPrefix, StringComparison.Ordinal) ? target[AwsJson.TargetPrefix.Length..] : target;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The SDKs send <c>application/x-amz-json-1.1</c>; coral also takes the other JSON media types.</summary>
    private static void CheckContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim() ?? string.Empty;
        if (mediaType is not (AwsJson.ContentType or "application/x-amz-json-1.0" or "application/json"))
        {
            throw ServiceErrors.UnsupportedMediaType(contentType);
        }
    }

    private static Fault? HeaderFault(HttpRequest request)
    {
        var value = request.Headers[FaultHeader.Name].ToString();
        return value.Length == 0 ? null : FaultHeader.Parse(value);
    }

    private static byte[] Execute(IOperationHandler handler, byte[] body, OperationContext context)
    {
        using var document = Parse(body);
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            handler.Handle(document.RootElement, writer, context);
        }

        return output.WrittenSpan.ToArray();
    }

    private static JsonDocument Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw ServiceErrors.Serialization("The request body is not valid JSON: " + e.Message);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw ServiceErrors.Serialization("The request body must be a JSON object.");
        }

        return document;
    }

    private static byte[] ErrorBody(ServiceError error)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", error.Type);
            if (error.Code is not null)
            {
                writer.WriteString("code", error.Code);
            }

            if (error.Docs is not null)
            {
                writer.WriteString("docs", error.Docs);
            }

            if (error.Message.Length > 0)
            {
                writer.WriteString("message", error.Message);
            }

            if (error.Tip is not null)
            {
                writer.WriteString("tip", error.Tip);
            }

            writer.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    private static async Task WriteAsync(HttpResponse response, int statusCode, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = AwsJson.ContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }
}
