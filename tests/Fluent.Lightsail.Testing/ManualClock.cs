namespace Fluent.Lightsail.Testing;

/// <summary>
/// A clock that moves only when told, so operation progress is deterministic. The endpoint needs nothing but
/// <see cref="GetUtcNow"/>, which is why this is not worth a package.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object gate = new();
    private DateTimeOffset now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 3, 14, 15, 9, 26, 535, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}
