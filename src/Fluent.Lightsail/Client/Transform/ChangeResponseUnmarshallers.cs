using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>The readers of the change operations, whose responses are each <c>{"operations":[…]}</c>.</summary>
internal static class ChangeResponseUnmarshallers
{
    public static OperationsResponseUnmarshaller<TagResourceResponse> TagResource { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<UntagResourceResponse> UntagResource { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<EnableAddOnResponse> EnableAddOn { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<DisableAddOnResponse> DisableAddOn { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<SetIpAddressTypeResponse> SetIpAddressType { get; } =
        new((response, operations) => response.Operations = operations);

    public static OperationsResponseUnmarshaller<DeleteInstanceResponse> DeleteInstance { get; } =
        new((response, operations) => response.Operations = operations);
}
