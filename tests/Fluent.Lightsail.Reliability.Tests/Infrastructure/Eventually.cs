namespace Fluent.Lightsail.Reliability.Tests.Infrastructure;

/// <summary>
/// Waits for a state the test has set in motion (a held request that the endpoint finishes after its client gave up).
/// The bound is not a timing assertion: it only keeps a broken endpoint from hanging the run.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 12_000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), what);
    }
}
