using System;
using System.Text.Json;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// The opening every generated v4 JSON structure unmarshaller shares: read the start token, treat <c>null</c> as an
/// absent structure, and remember the depth whose property names belong to this structure. Members at that depth
/// that no unmarshaller tests for (unknown members) are read past and ignored.
/// </summary>
internal static class JsonObjectReader
{
    public static bool TryStart(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, out int targetDepth)
    {
        targetDepth = 0;
        if (context.IsEmptyResponse)
        {
            return false;
        }

        context.Read(ref reader);
        if (context.CurrentTokenType == JsonTokenType.Null)
        {
            return false;
        }

        targetDepth = context.CurrentDepth;
        return true;
    }

    public static string? String(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader) =>
        StringUnmarshaller.Instance.Unmarshall(context, ref reader);

    /// <summary>Reads a string into a ConstantClass value (unknown values included); <c>null</c> stays <see langword="null"/>.</summary>
    public static T? Constant<T>(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, Func<string, T> findValue)
        where T : class
    {
        var value = String(context, ref reader);
        return value == null ? null : findValue(value);
    }
}
