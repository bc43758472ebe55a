using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Fluent.Lightsail.Client.Internal;
using Fluent.Lightsail.Client.Transform;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>
/// A Lightsail client built on AWSSDK.Core, shaped like <c>Amazon.Lightsail.AmazonLightsailClient</c> (v4): Core
/// supplies the credential chain and profiles, SigV4 (with session tokens), standard/adaptive retries, clock-skew
/// correction, <c>ServiceURL</c> and <c>AWS_ENDPOINT_URL[_LIGHTSAIL]</c>; this class adds Lightsail's endpoint rules,
/// marshallers and typed errors, and makes retried <c>CreateInstances</c> calls safe.
/// </summary>
/// <remarks>
/// Constructors without credentials resolve them per request (<c>config.DefaultAWSCredentials</c>, then the default
/// chain), exactly as v4 generated clients do.
/// </remarks>
public partial class LightsailClient : AmazonServiceClient, ILightsailClient
{
    private static readonly IServiceMetadata Metadata = new LightsailServiceMetadata();

    /// <summary>Creates a client with the default credential and region chains.</summary>
    public LightsailClient()
        : base(new LightsailClientConfig())
    {
    }

    /// <summary>Creates a client for a region with the default credential chain.</summary>
    public LightsailClient(RegionEndpoint region)
        : base(new LightsailClientConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client with the default credential chain.</summary>
    public LightsailClient(LightsailClientConfig config)
        : base(config)
    {
    }

    /// <summary>Creates a client with the default region chain.</summary>
    public LightsailClient(AWSCredentials credentials)
        : this(credentials, new LightsailClientConfig())
    {
    }

    /// <summary>Creates a client for a region.</summary>
    public LightsailClient(AWSCredentials credentials, RegionEndpoint region)
        : this(credentials, new LightsailClientConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client.</summary>
    public LightsailClient(AWSCredentials credentials, LightsailClientConfig clientConfig)
        : base(credentials, clientConfig)
    {
    }

    /// <summary>Creates a client with access keys and the default region chain.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey)
        : this(awsAccessKeyId, awsSecretAccessKey, new LightsailClientConfig())
    {
    }

    /// <summary>Creates a client with access keys for a region.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
        : this(awsAccessKeyId, awsSecretAccessKey, new LightsailClientConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client with access keys.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey, LightsailClientConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, clientConfig)
    {
    }

    /// <summary>Creates a client with session credentials and the default region chain.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
        : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new LightsailClientConfig())
    {
    }

    /// <summary>Creates a client with session credentials for a region.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
        : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new LightsailClientConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client with session credentials.</summary>
    public LightsailClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, LightsailClientConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig)
    {
    }

    /// <inheritdoc />
    protected override IServiceMetadata ServiceMetadata => Metadata;

    /// <inheritdoc />
    public virtual Task<CreateInstancesResponse> CreateInstancesAsync(CreateInstancesRequest request, CancellationToken cancellationToken = default)
    {
        if (request == null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return CreateInstancesSafelyAsync(request, new CallStart(DateTime.UtcNow), reissued: false, cancellationToken);
    }

    private Task<CreateInstancesResponse> CreateInstancesSafelyAsync(CreateInstancesRequest request, CallStart start, bool reissued, CancellationToken cancellationToken) =>
        CreateSafelyAsync(
            request,
            RequestedInstances.Of(request),
            new CountingInvokeOptions
            {
                RequestMarshaller = CreateInstancesRequestMarshaller.Instance,
                ResponseUnmarshaller = OperationsResponseUnmarshallers.CreateInstances,
            },
            async (missing, token) => (await CreateInstancesSafelyAsync(RequestCopies.WithNames(request, missing), start, reissued: true, token).ConfigureAwait(false)).Operations,
            (operations, requestId) => new CreateInstancesResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = requestId },
            },
            start,
            reissued,
            cancellationToken);

    /// <summary>
    /// Creates one instance per name from an instance snapshot (or a source instance's automatic snapshot). Retried
    /// attempts are made safe as for <see cref="CreateInstancesAsync"/>, comparing every requested member but the
    /// blueprint, which comes from the snapshot.
    /// </summary>
    public virtual Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotAsync(CreateInstancesFromSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        if (request == null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return CreateInstancesFromSnapshotSafelyAsync(request, new CallStart(DateTime.UtcNow), reissued: false, cancellationToken);
    }

    private Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotSafelyAsync(CreateInstancesFromSnapshotRequest request, CallStart start, bool reissued, CancellationToken cancellationToken) =>
        CreateSafelyAsync(
            request,
            RequestedInstances.Of(request),
            new CountingInvokeOptions
            {
                RequestMarshaller = CreateInstancesFromSnapshotRequestMarshaller.Instance,
                ResponseUnmarshaller = OperationsResponseUnmarshallers.CreateInstancesFromSnapshot,
            },
            async (missing, token) => (await CreateInstancesFromSnapshotSafelyAsync(RequestCopies.WithNames(request, missing), start, reissued: true, token).ConfigureAwait(false)).Operations,
            (operations, requestId) => new CreateInstancesFromSnapshotResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = requestId },
            },
            start,
            reissued,
            cancellationToken);

    /// <summary>
    /// A create with the duplicate-safety steps, shared by both create operations. <paramref name="reissued"/> marks a
    /// create sent again by this call (for names an earlier attempt left unknown): a name conflict on its first attempt
    /// may then be this call's own instance, and it is not sent a third time. Every failure leaves typed: a caller's
    /// cancellation as <see cref="OperationCanceledException"/>, anything else as an <see cref="AmazonLightsailException"/>
    /// (configuration errors found before any request is sent stay Core's <see cref="AmazonClientException"/>).
    /// </summary>
    private async Task<TResponse> CreateSafelyAsync<TResponse>(
        AmazonWebServiceRequest request,
        RequestedInstances requested,
        CountingInvokeOptions options,
        Func<System.Collections.Generic.List<string>, CancellationToken, Task<System.Collections.Generic.List<Operation>?>> createMissing,
        Func<System.Collections.Generic.List<Operation>, string?, TResponse> recovered,
        CallStart start,
        bool reissued,
        CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new()
    {
        try
        {
            return await InvokeAsync<TResponse>(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException conflict) when ((options.AttemptsSent > 1 || reissued) && RetriedCreateRecovery.IsNameConflict(conflict))
        {
            // Only a retried (or re-sent) attempt can meet names this call created; a first-attempt conflict is real.
            var operations = await RecoverOrThrowTypedAsync(requested, conflict, start, createMissing, createWhenNoneExist: false, cancellationToken).ConfigureAwait(false);
            return recovered(operations, conflict.RequestId);
        }
        catch (Exception failure) when (UnknownOutcome.Applies(failure, options.AttemptsSent, cancellationToken))
        {
            // Core gave up (attempts or retry quota spent) on a create that may have happened: look before failing.
            var operations = await RecoverOrThrowTypedAsync(requested, failure, start, createMissing, MayResend(reissued, options.AttemptsSent), cancellationToken).ConfigureAwait(false);
            return recovered(operations, (failure as AmazonServiceException)?.RequestId);
        }
        catch (Exception failure) when (UnknownOutcome.NeedsTyping(failure, cancellationToken))
        {
            // A refusal that did not come from the service's error unmarshaller still leaves as a Lightsail exception.
            throw UnknownOutcome.Typed(failure, requested.Operation);
        }
    }

    /// <summary>
    /// Whether a create whose outcome is unknown and that left no instance may be sent once more: not when it was
    /// itself a re-send, and only within the configured retry budget (Core stops early on a timeout, with attempts
    /// left; <c>MaxErrorRetry = 0</c> means the caller wants no second attempt at all).
    /// </summary>
    private bool MayResend(bool reissued, int attemptsSent) => !reissued && attemptsSent <= Config.MaxErrorRetry;

    /// <summary>
    /// Recovers the instances a failed create made, or throws typed: <see cref="RetriedCreateRecovery"/> ends in a typed
    /// exception by design, and this keeps an unforeseen one from escaping untyped.
    /// </summary>
    private async Task<System.Collections.Generic.List<Operation>> RecoverOrThrowTypedAsync(
        RequestedInstances requested,
        Exception failure,
        CallStart start,
        Func<System.Collections.Generic.List<string>, CancellationToken, Task<System.Collections.Generic.List<Operation>?>> createMissing,
        bool createWhenNoneExist,
        CancellationToken cancellationToken)
    {
        try
        {
            return await RetriedCreateRecovery.RecoverAsync(this, requested, failure, start, createMissing, createWhenNoneExist, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception unexpected) when (UnknownOutcome.NeedsTyping(unexpected, cancellationToken))
        {
            throw UnknownOutcome.Typed(unexpected, requested.Operation);
        }
    }

    /// <inheritdoc />
    public virtual Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<GetOperationResponse>("GetOperation", request, GetOperationRequestMarshaller.Instance, GetOperationResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetInstanceResponse> GetInstanceAsync(GetInstanceRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<GetInstanceResponse>("GetInstance", request, GetInstanceRequestMarshaller.Instance, GetInstanceResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetOperationsForResourceResponse> GetOperationsForResourceAsync(GetOperationsForResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeTypedAsync<GetOperationsForResourceResponse>("GetOperationsForResource", request, GetOperationsForResourceRequestMarshaller.Instance, OperationsResponseUnmarshallers.GetOperationsForResource, cancellationToken);

    /// <summary>
    /// Invokes an operation so that every failure leaves typed, as the creates' do: a service error keeps its type, a
    /// transport failure or unreadable answer becomes an <see cref="AmazonLightsailException"/> naming
    /// <paramref name="operation"/> (<see cref="UnknownOutcome.Typed"/>); the caller's cancellation and Core's
    /// configuration errors raised before any request is sent pass through.
    /// </summary>
    private async Task<TResponse> InvokeTypedAsync<TResponse>(string operation, AmazonWebServiceRequest request, InvokeOptions options, CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new()
    {
        try
        {
            return await InvokeAsync<TResponse>(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (UnknownOutcome.NeedsTyping(failure, cancellationToken))
        {
            throw UnknownOutcome.Typed(failure, operation);
        }
    }

    private Task<TResponse> InvokeTypedAsync<TResponse>(
        string operation,
        AmazonWebServiceRequest request,
        IMarshaller<IRequest, AmazonWebServiceRequest> marshaller,
        JsonResponseUnmarshaller unmarshaller,
        CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new() =>
        InvokeTypedAsync<TResponse>(operation, request, new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller }, cancellationToken);

    /// <inheritdoc />
    public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        Config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(request));

    /// <summary>Swaps in Lightsail's endpoint rules and SigV4 auth, and counts the attempts that reach the wire.</summary>
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new LightsailEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new LightsailAuthSchemeHandler());
        pipeline.AddHandlerBefore<HttpHandler<HttpContent>>(new AttemptCountingHandler());
    }

    /// <summary>The factory AWSSDK.Extensions.NETCore.Setup reaches through <see cref="ILightsailClient"/>.</summary>
    internal static LightsailClient CreateForServiceCollection(AWSCredentials? credentials, ClientConfig clientConfig)
    {
        if (clientConfig is not LightsailClientConfig config)
        {
            throw new AmazonClientException($"ClientConfig is not of type {nameof(LightsailClientConfig)} to create {nameof(LightsailClient)}");
        }

        return credentials == null ? new LightsailClient(config) : new LightsailClient(credentials, config);
    }
}
