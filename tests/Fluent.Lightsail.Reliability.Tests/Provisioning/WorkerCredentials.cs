using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Reliability.Tests.Provisioning;

/// <summary>One access key per worker process of the ensure tests, so the ground truth shows which process created what.</summary>
internal static class WorkerCredentials
{
    public static string AccessKey(string process) => "AKIDENSURE" + process.ToUpperInvariant();

    public static string Secret(string process) => "ensure-test-secret-" + process;

    /// <summary>Makes the endpoint accept every process's key.</summary>
    public static void Accept(LocalLightsailOptions options, IEnumerable<string> processes)
    {
        foreach (var process in processes)
        {
            options.AdditionalCredentials.Add(new LocalCredential(AccessKey(process), Secret(process)));
        }
    }
}
