using System.Collections.Concurrent;
using System.Text.Json;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>
/// Sits under the SDK's HttpClient and adds the local endpoint's black-box fault header (<c>x-fluent-fault</c>) per the
/// <see cref="IFaultSchedule"/>, counting attempts per operation and resource name. The header is added after signing and
/// is not an <c>x-amz-</c> header, so the signature stays valid, as for any proxy-added header.
/// </summary>
internal sealed class FaultHeaderHandler(IFaultSchedule schedule) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentDictionary<(string Operation, string Name), int> _attempts = new();

    /// <summary>How many attempts of <paramref name="operation"/> on <paramref name="name"/> went through this handler.</summary>
    public int Attempts(string operation, string name) => _attempts.TryGetValue((operation, name), out var n) ? n : 0;

    /// <summary>Off while the test inspects the endpoint's state afterwards.</summary>
    public bool Enabled { get; set; } = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Enabled && request.Content is not null)
        {
            var operation = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : string.Empty;
            var name = FirstName(await request.Content.ReadAsStringAsync(cancellationToken));
            if (name is not null)
            {
                var attempt = _attempts.AddOrUpdate((operation, name), 1, (_, n) => n + 1);
                var fault = schedule.FaultFor(operation, name, attempt);
                if (fault is not null)
                {
                    request.Headers.TryAddWithoutValidation(FaultHeader.Name, fault);
                }
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static string? FirstName(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("instanceNames", out var names) && names.ValueKind == JsonValueKind.Array && names.GetArrayLength() > 0)
        {
            return names[0].GetString();
        }

        foreach (var member in new[] { "instanceName", "resourceName" })
        {
            if (root.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
