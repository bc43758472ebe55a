using System.Text;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>Strings that break naive code: empty, huge, unicode of every plane, lone surrogates, controls, bidi marks.</summary>
internal static class OddStrings
{
    private static readonly string[] Fixed =
    [
        "", " ", "\t", "\r\n", "\0", "\uD800", "\uDFFF", "\uDFFF\uD800", "\u200B", "\u202E", "\uFEFF", "\uFFFF", "\u00E9", "e\u0301",
        "\U0001F600", "\u4E2D\u6587", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "aws:", "AWS:x", "a#b", "a\"b", "a\\b", "{0}", "%s",
        "\u0130", "\u0131", "us-east-2a", "US-EAST-2A", "us\u2010east\u20102a", "ubuntu_24_04", "small_3_0", "06:00", "６:００", "\u0661\u0662",
    ];

    public static string Next(Random random)
    {
        return random.Next(10) switch
        {
            0 => Huge(random),
            1 => RandomChars(random, random.Next(1, 300)),
            2 => Fixed[random.Next(Fixed.Length)] + Fixed[random.Next(Fixed.Length)],
            _ => Fixed[random.Next(Fixed.Length)],
        };
    }

    /// <summary>Long enough to cross every length limit (and 16 KB of user data); rare, since parsing it costs time.</summary>
    public static string Huge(Random random)
    {
        var unit = Fixed[random.Next(Fixed.Length)];
        var length = random.Next(257, 40_000);
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit.Length == 0 ? "x" : unit);
        }

        return builder.ToString();
    }

    /// <summary>Any UTF-16 code units, surrogates and controls included.</summary>
    public static string RandomChars(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x80, 0x3000),
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }
}
