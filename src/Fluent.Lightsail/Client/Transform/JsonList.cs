using System.Collections.Generic;
using System.Text.Json;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>
/// Reads a JSON array the way Core's <c>JsonListUnmarshaller</c> does (a <c>null</c> array stays <see langword="null"/>,
/// as the v4 models' lists do), but into a plain <see cref="List{T}"/> and without <c>null</c> elements.
/// </summary>
internal static class JsonList
{
    public static List<T>? Read<T>(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader, IJsonUnmarshaller<T?, JsonUnmarshallerContext> element)
        where T : class
    {
        context.Read(ref reader);
        if (context.CurrentTokenType == JsonTokenType.Null)
        {
            return null;
        }

        var list = new List<T>();
        while (!context.Peek(JsonTokenType.EndArray, ref reader))
        {
            if (element.Unmarshall(context, ref reader) is { } item)
            {
                list.Add(item);
            }
        }

        context.Read(ref reader);
        return list;
    }
}
