using System.Collections.Concurrent;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// Builds each supported consumer once, as written (clean) and then with its planted file compiled in, and keeps both
/// results for every test that asks; the consumers' folders go when the tests are done.
/// </summary>
public sealed class SupportedConsumerBuilds : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(ConsumerBuild Clean, ConsumerBuild Planted)>>> builds = new();
    private readonly ConcurrentBag<string> directories = [];

    internal Task<(ConsumerBuild Clean, ConsumerBuild Planted)> Of(SupportedConsumer consumer, PackageFixture package) =>
        builds.GetOrAdd(consumer.Name, _ => new(() => BuildAsync(consumer, package))).Value;

    private async Task<(ConsumerBuild Clean, ConsumerBuild Planted)> BuildAsync(SupportedConsumer consumer, PackageFixture package)
    {
        var directory = Path.Combine(Path.GetTempPath(), "fluent-lightsail-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        directories.Add(directory);
        consumer.WriteTo(directory, package);

        // One folder, two builds: the second restores nothing new and recompiles because the defined symbols changed.
        var clean = await ConsumerBuild.RunAsync(directory, planted: false);
        var planted = await ConsumerBuild.RunAsync(directory, planted: true);
        return (clean, planted);
    }

    public void Dispose()
    {
        foreach (var directory in directories)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the OS.
            }
        }
    }
}
