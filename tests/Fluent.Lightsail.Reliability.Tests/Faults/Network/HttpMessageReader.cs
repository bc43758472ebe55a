using System.Globalization;
using System.Text;

namespace Fluent.Lightsail.Reliability.Tests.Faults.Network;

/// <summary>
/// Reads whole HTTP/1.1 messages (head and a <c>Content-Length</c> body) off a stream, keeping what arrives beyond
/// one message for the next. Enough for the SDK's requests and Kestrel's answers, which always carry a length.
/// </summary>
internal sealed class HttpMessageReader(Stream stream)
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private readonly List<byte> pending = [];

    /// <summary>The next message's bytes and head, or null when the peer closed before a new message began.</summary>
    public async Task<HttpMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int headLength;
        while ((headLength = IndexOf(pending, HeadEnd)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return pending.Count == 0 ? null : throw new IOException("The peer closed in the middle of a message head.");
            }

            pending.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        var head = Encoding.ASCII.GetString(pending.GetRange(0, headLength).ToArray());
        if (Header(head, "Transfer-Encoding") is not null)
        {
            throw new NotSupportedException("The fault proxy reads only messages with a Content-Length: " + head.Split("\r\n")[0]);
        }

        var total = headLength + HeadEnd.Length + int.Parse(Header(head, "Content-Length") ?? "0", CultureInfo.InvariantCulture);
        while (pending.Count < total)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The peer closed in the middle of a message body.");
            }

            pending.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        var bytes = pending.GetRange(0, total).ToArray();
        pending.RemoveRange(0, total);
        return new HttpMessage(head, bytes, headLength + HeadEnd.Length);
    }

    public static string? Header(string head, string name)
    {
        foreach (var line in head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static int IndexOf(List<byte> data, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= data.Count; i++)
        {
            var match = true;
            for (var j = 0; j < pattern.Length && match; j++)
            {
                match = data[i + j] == pattern[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One HTTP message as it crossed the wire.</summary>
internal sealed record HttpMessage(string Head, byte[] Bytes, int BodyOffset)
{
    public string? Header(string name) => HttpMessageReader.Header(Head, name);

    public string Body => Encoding.UTF8.GetString(Bytes, BodyOffset, Bytes.Length - BodyOffset);
}
