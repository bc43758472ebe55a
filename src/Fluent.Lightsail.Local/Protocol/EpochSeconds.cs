using System.Globalization;
using System.Text.Json;

namespace Fluent.Lightsail.Local.Protocol;

/// <summary>
/// awsJson timestamps: epoch seconds as a JSON number with a millisecond fraction (<c>1741964966.123</c>), which is
/// how the service writes <c>IsoDate</c> members. Written raw so the fraction is always present.
/// </summary>
internal static class EpochSeconds
{
    public static void Write(Utf8JsonWriter writer, string name, DateTimeOffset value)
    {
        writer.WritePropertyName(name);
        var seconds = value.ToUnixTimeMilliseconds() / 1000m;
        writer.WriteRawValue(seconds.ToString("0.000", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
