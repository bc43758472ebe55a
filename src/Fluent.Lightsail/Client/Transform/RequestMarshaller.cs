using System;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// Marshals a request whose body is a handful of members: <see cref="JsonProtocol"/>'s frame around the members
/// <c>writeMembers</c> writes, in model order and only when set, as the JS SDK sends them.
/// </summary>
internal sealed class RequestMarshaller<TRequest> : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TRequest : AmazonWebServiceRequest
{
    private readonly string operation;
    private readonly Action<Utf8JsonWriter, TRequest> writeMembers;

    public RequestMarshaller(string operation, Action<Utf8JsonWriter, TRequest> writeMembers)
    {
        this.operation = operation;
        this.writeMembers = writeMembers;
    }

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var request = (TRequest)input;
        return JsonProtocol.CreateRequest(request, operation, Body(request));
    }

    /// <summary>The body alone, for tests that compare it with the JS SDK's.</summary>
    public byte[] Body(TRequest request) => JsonProtocol.WriteBody(writer => writeMembers(writer, request));
}
