using System.Globalization;

namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// One caller process: where to send its calls, as whom, how many, what kind, and from which pool of shared names. Every
/// random choice comes from <see cref="Seed"/>, the process name and the worker index, so a run's requests are the same every time.
/// </summary>
public sealed record RunSettings(
    string ServiceUrl,
    string AccessKeyId,
    string SecretAccessKey,
    string Process,
    int Seed,
    int Workers,
    int CallsPerWorker,
    int SharedNames,
    int TimeoutMilliseconds,
    CallKind Kind = CallKind.Create)
{
    public const string OwnerTagKey = "call";

    public string[] ToArguments() =>
    [
        ServiceUrl, AccessKeyId, SecretAccessKey, Process,
        Seed.ToString(CultureInfo.InvariantCulture),
        Workers.ToString(CultureInfo.InvariantCulture),
        CallsPerWorker.ToString(CultureInfo.InvariantCulture),
        SharedNames.ToString(CultureInfo.InvariantCulture),
        TimeoutMilliseconds.ToString(CultureInfo.InvariantCulture),
        Kind.ToString(),
    ];

    public static RunSettings Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 10 || !Enum.TryParse<CallKind>(arguments[9], out var kind))
        {
            throw new ArgumentException("Expected: serviceUrl accessKeyId secretAccessKey process seed workers callsPerWorker sharedNames timeoutMs Create|Ensure");
        }

        static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
        return new RunSettings(arguments[0], arguments[1], arguments[2], arguments[3], Int(arguments[4]), Int(arguments[5]), Int(arguments[6]), Int(arguments[7]), Int(arguments[8]), kind);
    }
}
