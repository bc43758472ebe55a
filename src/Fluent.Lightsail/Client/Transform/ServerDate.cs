using System;
using System.Globalization;
using Amazon.Runtime.Internal.Transform;

namespace Fluent.Lightsail.Client.Transform;

/// <summary>Reads the <c>Date</c> header of an answer, to measure how far the server's clock is from ours.</summary>
internal static class ServerDate
{
    /// <summary>
    /// The header's time minus now. The server wrote the header before we read it and rounds it down to the second,
    /// so the true offset (server minus client) is at least this; <see langword="null"/> without a readable header.
    /// </summary>
    public static TimeSpan? OffsetAtMost(UnmarshallerContext context)
    {
        var receivedUtc = DateTime.UtcNow;
        var header = context.ResponseData?.GetHeaderValue("Date");
        return DateTime.TryParseExact(header, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var serverUtc)
            ? serverUtc - receivedUtc
            : null;
    }
}
