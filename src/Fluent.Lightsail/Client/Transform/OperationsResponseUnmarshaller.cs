using System;
using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// Reads the responses that are a list of operations, <c>{"operations":[…]}</c>, plus <c>nextPageToken</c> where the
/// response has one; every other member is skipped. One reader for CreateInstances, CreateInstancesFromSnapshot and
/// GetOperationsForResource, whose responses differ only in their type.
/// </summary>
internal sealed class OperationsResponseUnmarshaller<TResponse> : LightsailResponseUnmarshaller
    where TResponse : AmazonWebServiceResponse, new()
{
    private readonly Action<TResponse, List<Operation>?> setOperations;
    private readonly Action<TResponse, string?>? setNextPageToken;

    public OperationsResponseUnmarshaller(Action<TResponse, List<Operation>?> setOperations, Action<TResponse, string?>? setNextPageToken = null)
    {
        this.setOperations = setOperations;
        this.setNextPageToken = setNextPageToken;
    }

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var response = new TResponse();
        var reader = new StreamingUtf8JsonReader(context.Stream);
        context.Read(ref reader);
        var depth = context.CurrentDepth;
        while (context.ReadAtDepth(depth, ref reader))
        {
            if (context.TestExpression("operations", depth, ref reader))
            {
                setOperations(response, JsonList.Read(context, ref reader, OperationUnmarshaller.Instance));
            }
            else if (setNextPageToken != null && context.TestExpression("nextPageToken", depth, ref reader))
            {
                setNextPageToken(response, JsonObjectReader.String(context, ref reader));
            }
        }

        return response;
    }
}

/// <summary>The instances of <see cref="OperationsResponseUnmarshaller{TResponse}"/> the client uses.</summary>
internal static class OperationsResponseUnmarshallers
{
    public static OperationsResponseUnmarshaller<CreateInstancesResponse> CreateInstances { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<CreateInstancesFromSnapshotResponse> CreateInstancesFromSnapshot { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<GetOperationsForResourceResponse> GetOperationsForResource { get; } =
        new((response, operations) => response.Operations = operations, (response, token) => response.NextPageToken = token);
}
