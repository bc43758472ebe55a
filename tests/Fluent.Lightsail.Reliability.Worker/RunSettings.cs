namespace Fluent.Lightsail.Reliability.Worker;

/// <summary>
/// One caller process: where to send creates, as whom, how many, and from which pool of shared names. Every random
/// choice comes from <see cref="Seed"/>, the process name and the worker index, so a run's requests are the same every time.
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
    int TimeoutMilliseconds)
{
    public const string OwnerTagKey = "call";

    public string[] ToArguments() =>
    [
        ServiceUrl, AccessKeyId, SecretAccessKey, Process,
        Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CallsPerWorker.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SharedNames.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    public static RunSettings Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 9)
        {
            throw new ArgumentException("Expected: serviceUrl accessKeyId secretAccessKey process seed workers callsPerWorker sharedNames timeoutMs");
        }

        static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return new RunSettings(arguments[0], arguments[1], arguments[2], arguments[3], Int(arguments[4]), Int(arguments[5]), Int(arguments[6]), Int(arguments[7]), Int(arguments[8]));
    }
}
