using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
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

        return CreateInstancesSafelyAsync(request, DateTime.UtcNow, reissued: false, cancellationToken);
    }

    /// <summary>
    /// CreateInstances with the duplicate-safety steps. <paramref name="reissued"/> marks a create sent again by this
    /// call (for names an earlier attempt left unknown): a name conflict on its first attempt may then be this call's
    /// own instance, and it is not sent a third time.
    /// </summary>
    private async Task<CreateInstancesResponse> CreateInstancesSafelyAsync(CreateInstancesRequest request, DateTime startedUtc, bool reissued, CancellationToken cancellationToken)
    {
        var options = new CountingInvokeOptions
        {
            RequestMarshaller = CreateInstancesRequestMarshaller.Instance,
            ResponseUnmarshaller = OperationsResponseUnmarshallers.CreateInstances,
        };
        try
        {
            return await InvokeAsync<CreateInstancesResponse>(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException conflict) when ((options.AttemptsSent > 1 || reissued) && RetriedCreateRecovery.IsNameConflict(conflict))
        {
            // Only a retried (or re-sent) attempt can meet names this call created; a first-attempt conflict is real.
            var requested = new RequestedInstances(request.InstanceNames, request.AvailabilityZone, request.BlueprintId, request.BundleId);
            var operations = await RetriedCreateRecovery.RecoverAsync(
                this,
                requested,
                conflict,
                startedUtc,
                async (missing, token) => (await CreateInstancesSafelyAsync(RequestCopies.WithNames(request, missing), startedUtc, reissued: true, token).ConfigureAwait(false)).Operations,
                createWhenNoneExist: false,
                cancellationToken).ConfigureAwait(false);
            return new CreateInstancesResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = conflict.RequestId },
            };
        }
        catch (Exception failure) when (UnknownOutcome.Applies(failure, options.AttemptsSent, cancellationToken))
        {
            // Core gave up (attempts or retry quota spent) on a create that may have happened: look before failing.
            var requested = new RequestedInstances(request.InstanceNames, request.AvailabilityZone, request.BlueprintId, request.BundleId);
            var operations = await RecoverOrThrowTypedAsync(
                requested,
                failure,
                startedUtc,
                async (missing, token) => (await CreateInstancesSafelyAsync(RequestCopies.WithNames(request, missing), startedUtc, reissued: true, token).ConfigureAwait(false)).Operations,
                createWhenNoneExist: MayResend(reissued, options.AttemptsSent),
                cancellationToken).ConfigureAwait(false);
            return new CreateInstancesResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = (failure as AmazonServiceException)?.RequestId },
            };
        }
    }

    /// <summary>
    /// Creates one instance per name from an instance snapshot (or a source instance's automatic snapshot). Retried
    /// attempts are made safe as for <see cref="CreateInstancesAsync"/>, comparing bundle and zone.
    /// </summary>
    public virtual Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotAsync(CreateInstancesFromSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        if (request == null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return CreateInstancesFromSnapshotSafelyAsync(request, DateTime.UtcNow, reissued: false, cancellationToken);
    }

    /// <summary>CreateInstancesFromSnapshot with the duplicate-safety steps of <see cref="CreateInstancesSafelyAsync"/>.</summary>
    private async Task<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshotSafelyAsync(CreateInstancesFromSnapshotRequest request, DateTime startedUtc, bool reissued, CancellationToken cancellationToken)
    {
        var options = new CountingInvokeOptions
        {
            RequestMarshaller = CreateInstancesFromSnapshotRequestMarshaller.Instance,
            ResponseUnmarshaller = OperationsResponseUnmarshallers.CreateInstancesFromSnapshot,
        };
        try
        {
            return await InvokeAsync<CreateInstancesFromSnapshotResponse>(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException conflict) when ((options.AttemptsSent > 1 || reissued) && RetriedCreateRecovery.IsNameConflict(conflict))
        {
            var requested = new RequestedInstances(request.InstanceNames, request.AvailabilityZone, blueprintId: null, request.BundleId);
            var operations = await RetriedCreateRecovery.RecoverAsync(
                this,
                requested,
                conflict,
                startedUtc,
                async (missing, token) => (await CreateInstancesFromSnapshotSafelyAsync(RequestCopies.WithNames(request, missing), startedUtc, reissued: true, token).ConfigureAwait(false)).Operations,
                createWhenNoneExist: false,
                cancellationToken).ConfigureAwait(false);
            return new CreateInstancesFromSnapshotResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = conflict.RequestId },
            };
        }
        catch (Exception failure) when (UnknownOutcome.Applies(failure, options.AttemptsSent, cancellationToken))
        {
            var requested = new RequestedInstances(request.InstanceNames, request.AvailabilityZone, blueprintId: null, request.BundleId);
            var operations = await RecoverOrThrowTypedAsync(
                requested,
                failure,
                startedUtc,
                async (missing, token) => (await CreateInstancesFromSnapshotSafelyAsync(RequestCopies.WithNames(request, missing), startedUtc, reissued: true, token).ConfigureAwait(false)).Operations,
                createWhenNoneExist: MayResend(reissued, options.AttemptsSent),
                cancellationToken).ConfigureAwait(false);
            return new CreateInstancesFromSnapshotResponse
            {
                Operations = operations,
                RecoveredAfterRetry = true,
                HttpStatusCode = HttpStatusCode.OK,
                ResponseMetadata = new ResponseMetadata { RequestId = (failure as AmazonServiceException)?.RequestId },
            };
        }
    }

    /// <summary>
    /// Whether a create whose outcome is unknown and that left no instance may be sent once more: not when it was
    /// itself a re-send, and only within the configured retry budget (Core stops early on a timeout, with attempts
    /// left; <c>MaxErrorRetry = 0</c> means the caller wants no second attempt at all).
    /// </summary>
    private bool MayResend(bool reissued, int attemptsSent) => !reissued && attemptsSent <= Config.MaxErrorRetry;

    /// <summary>
    /// Recovers the instances a failed create made, or throws, typed (<see cref="UnknownOutcome.Typed"/>): the failure
    /// when none of the names was created, a look-up's own error when the names could not be checked.
    /// </summary>
    private async Task<System.Collections.Generic.List<Operation>> RecoverOrThrowTypedAsync(
        RequestedInstances requested,
        Exception failure,
        DateTime startedUtc,
        Func<System.Collections.Generic.List<string>, CancellationToken, Task<System.Collections.Generic.List<Operation>?>> createMissing,
        bool createWhenNoneExist,
        CancellationToken cancellationToken)
    {
        try
        {
            return await RetriedCreateRecovery.RecoverAsync(this, requested, failure, startedUtc, createMissing, createWhenNoneExist, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception rethrown) when (!(rethrown is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The failure itself when nothing was created; a look-up's error when the names could not be checked.
            var typed = UnknownOutcome.Typed(rethrown);
            if (ReferenceEquals(typed, rethrown))
            {
                throw;
            }

            throw typed;
        }
    }

    /// <inheritdoc />
    public virtual Task<GetOperationResponse> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken = default)
    {
        var options = new InvokeOptions
        {
            RequestMarshaller = GetOperationRequestMarshaller.Instance,
            ResponseUnmarshaller = GetOperationResponseUnmarshaller.Instance,
        };
        return InvokeAsync<GetOperationResponse>(request, options, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<GetInstanceResponse> GetInstanceAsync(GetInstanceRequest request, CancellationToken cancellationToken = default)
    {
        var options = new InvokeOptions
        {
            RequestMarshaller = GetInstanceRequestMarshaller.Instance,
            ResponseUnmarshaller = GetInstanceResponseUnmarshaller.Instance,
        };
        return InvokeAsync<GetInstanceResponse>(request, options, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<GetOperationsForResourceResponse> GetOperationsForResourceAsync(GetOperationsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        var options = new InvokeOptions
        {
            RequestMarshaller = GetOperationsForResourceRequestMarshaller.Instance,
            ResponseUnmarshaller = OperationsResponseUnmarshallers.GetOperationsForResource,
        };
        return InvokeAsync<GetOperationsForResourceResponse>(request, options, cancellationToken);
    }

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
