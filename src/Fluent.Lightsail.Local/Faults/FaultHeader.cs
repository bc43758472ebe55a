using System.Globalization;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local;

/// <summary>
/// The black-box form of fault injection: <c>x-fluent-fault: throttle</c>, <c>internal-error</c>,
/// <c>unauthenticated</c>, <c>latency=250ms</c>, <c>drop-connection</c>, <c>lost-response</c>, <c>malformed-json</c>,
/// <c>operation-failure</c>. The header affects only the request that carries it.
/// </summary>
public static class FaultHeader
{
    public const string Name = "x-fluent-fault";

    public static Fault Parse(string value)
    {
        var parts = value.Trim().Split('=', 2, StringSplitOptions.TrimEntries);
        return parts[0].ToLowerInvariant() switch
        {
            "throttle" => Fault.Throttle(),
            "internal-error" => Fault.InternalError,
            "unauthenticated" => Fault.Unauthenticated,
            "drop-connection" => Fault.DropConnection,
            "lost-response" => Fault.LostResponse,
            "malformed-json" => Fault.MalformedJson,
            "operation-failure" => Fault.OperationFailure(),
            "latency" when parts.Length == 2 => Fault.Latency(Durations.Parse(parts[1])),
            _ => throw ServiceErrors.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"Unknown {Name} value '{value}'. Use throttle, internal-error, unauthenticated, latency=<duration>, drop-connection, lost-response, malformed-json or operation-failure.")),
        };
    }
}
