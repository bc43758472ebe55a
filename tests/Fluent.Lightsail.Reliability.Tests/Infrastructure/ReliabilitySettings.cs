using System.Globalization;

namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// The knobs of the long runs. CI uses the fixed defaults; <c>FLUENT_FUZZ_ITERATIONS</c> and <c>FLUENT_FUZZ_SEED</c>
/// turn the same tests into a longer or differently seeded run without a code change.
/// </summary>
internal static class ReliabilitySettings
{
    public const int DefaultFuzzIterations = 10_000;
    public const int DefaultSeed = 20261127;

    public static int FuzzIterations => ReadInt("FLUENT_FUZZ_ITERATIONS", DefaultFuzzIterations, minimum: 1);

    public static int Seed => ReadInt("FLUENT_FUZZ_SEED", DefaultSeed, minimum: int.MinValue);

    /// <summary>Multiplies the calls per worker of the network fault test (<c>FLUENT_NETWORK_SCALE</c>, default 1).</summary>
    public static int NetworkScale => ReadInt("FLUENT_NETWORK_SCALE", 1, minimum: 1);

    /// <summary>
    /// The percentage of creates the network fault test holds for 10 client timeouts (<c>FLUENT_NETWORK_LONG_HOLDS</c>,
    /// default 0): long enough to land after the client's last look-up.
    /// </summary>
    public static int NetworkLongHoldPercent => ReadInt("FLUENT_NETWORK_LONG_HOLDS", 0, minimum: 0);

    /// <summary>The client timeout of the network fault test in milliseconds (<c>FLUENT_NETWORK_TIMEOUT_MS</c>, default 1000).</summary>
    public static int NetworkTimeoutMilliseconds => ReadInt("FLUENT_NETWORK_TIMEOUT_MS", 1000, minimum: 50);

    private static int ReadInt(string name, int fallback, int minimum)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        // A typo in a long run's flag must fail loudly, not silently fall back to the CI-sized run.
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new InvalidOperationException($"{name}='{text}' is not an integer >= {minimum}.");
        }

        return value;
    }
}
