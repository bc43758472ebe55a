namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// Derives independent, reproducible random streams from one seed: case <c>i</c> of a run always sees the same
/// numbers, whatever ran before it or in parallel with it, so a failure names (seed, index) and replays alone.
/// </summary>
internal static class Seeds
{
    public static Random For(int seed, int index, int stream = 0)
    {
        // SplitMix64 finaliser: neighbouring indices give unrelated streams (HashCode is randomised per process).
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)index * 0xBF58476D1CE4E5B9UL + (ulong)(uint)stream * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)z ^ (int)(z >> 32)));
    }
}
