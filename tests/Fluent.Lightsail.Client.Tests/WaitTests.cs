using System.Net;
using System.Text.Json.Nodes;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Client.Tests.Infrastructure;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Client.Tests;

/// <summary>Waiting for operations: backoff, progress, failures with their details, cancellation and the overall timeout.</summary>
public sealed class WaitTests
{
    private static CreateInstancesRequest Request(params string[] names) => new()
    {
        InstanceNames = names.ToList(),
        AvailabilityZone = "us-east-1a",
        BlueprintId = "ubuntu_24_04",
        BundleId = "small_3_0",
    };

    /// <summary>Records the delays asked for and lets a test act between polls, without real time passing.</summary>
    private sealed class RecordingDelay
    {
        public List<TimeSpan> Delays { get; } = new();

        public Action<int>? BeforePoll { get; set; }

        public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Delays.Add(delay);
            BeforePoll?.Invoke(Delays.Count);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Polls_until_every_operation_succeeds_with_exponential_capped_backoff()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1", "web-2"), CancellationToken.None);
        var ids = created.Operations.Select(o => o.Id!).ToArray();
        var delay = new RecordingDelay
        {
            BeforePoll = poll =>
            {
                if (poll == 3)
                {
                    fake.SetOperationStatus(ids[0], "Succeeded");
                }

                if (poll == 5)
                {
                    fake.SetOperationStatus(ids[1], "Completed");
                }
            },
        };
        var options = new WaitOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5), Jitter = false, Delay = delay.Delay };

        var final = await created.WaitAsync(client, options);

        Assert.Equal(new[] { 1d, 2, 4, 5, 5 }, delay.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(new[] { "Succeeded", "Completed" }, final.Select(o => o.Status!.Value));
        var polled = server.Requests.Where(r => r.Operation == "GetOperation").Select(r => (string)JsonNode.Parse(r.Body)!["operationId"]!).ToArray();
        Assert.Equal(3, polled.Count(id => id == ids[0]));
        Assert.Equal(5, polled.Count(id => id == ids[1]));
    }

    [Fact]
    public async Task Jitter_keeps_each_delay_in_its_upper_half()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1"), CancellationToken.None);
        var delay = new RecordingDelay { BeforePoll = poll => { if (poll == 4) { fake.SetOperationStatus(created.Operations[0].Id!, "Succeeded"); } } };

        await created.WaitAsync(client, new WaitOptions { InitialDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(8), Delay = delay.Delay });

        var ceilings = new[] { 2d, 4, 8, 8 };
        Assert.Equal(4, delay.Delays.Count);
        for (var i = 0; i < ceilings.Length; i++)
        {
            Assert.InRange(delay.Delays[i].TotalSeconds, ceilings[i] / 2, ceilings[i]);
        }
    }

    [Fact]
    public async Task Reports_progress_before_and_after_every_poll()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1", "web-2"), CancellationToken.None);
        var delay = new RecordingDelay
        {
            BeforePoll = poll =>
            {
                if (poll == 1)
                {
                    fake.SetOperationStatus(created.Operations[0].Id!, "Succeeded");
                }

                if (poll == 2)
                {
                    fake.SetOperationStatus(created.Operations[1].Id!, "Succeeded");
                }
            },
        };
        var reports = new List<OperationProgress>();

        await created.WaitAsync(client, new WaitOptions { Delay = delay.Delay }, new SynchronousProgress<OperationProgress>(reports.Add));

        Assert.Equal(new[] { 0, 1, 2 }, reports.Select(r => r.Poll));
        Assert.Equal(new[] { 0, 1, 2 }, reports.Select(r => r.TerminalCount));
        Assert.All(reports, r => Assert.Equal(2, r.Total));
        Assert.Equal(new[] { false, false, true }, reports.Select(r => r.IsComplete));
    }

    [Fact]
    public async Task Failed_operations_are_listed_with_error_code_and_details_and_successes_kept()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1", "web-2", "web-3"), CancellationToken.None);
        var ids = created.Operations.Select(o => o.Id!).ToArray();
        fake.SetOperationStatus(ids[0], "Failed", "InsufficientCapacity", "No capacity in us-east-1a");
        fake.SetOperationStatus(ids[1], "Succeeded");
        fake.SetOperationStatus(ids[2], "Failed", "QuotaExceeded", "Instance quota reached");

        var exception = await Assert.ThrowsAsync<OperationFailedException>(
            () => created.WaitAsync(client, new WaitOptions { Delay = (_, _) => Task.CompletedTask }));

        Assert.Equal(new[] { "web-1", "web-3" }, exception.Failed.Select(o => o.ResourceName));
        Assert.Equal(new[] { "InsufficientCapacity", "QuotaExceeded" }, exception.Failed.Select(o => o.ErrorCode));
        Assert.Equal("web-2", Assert.Single(exception.Succeeded).ResourceName);
        Assert.Contains("web-1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("InsufficientCapacity: No capacity in us-east-1a", exception.Message, StringComparison.Ordinal);
        Assert.Contains("QuotaExceeded: Instance quota reached", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_waiting()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1"), CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var delay = new RecordingDelay { BeforePoll = poll => { if (poll == 2) { cancellation.Cancel(); } } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => created.WaitAsync(client, new WaitOptions { Delay = delay.Delay }, cancellationToken: cancellation.Token));

        Assert.InRange(server.Requests.Count(r => r.Operation == "GetOperation"), 1, 2);
    }

    [Fact]
    public async Task The_overall_timeout_names_the_pending_operations()
    {
        var fake = new FakeLightsail();
        await using var server = new LoopbackServer(fake.Handle);
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1", "web-2"), CancellationToken.None);
        fake.SetOperationStatus(created.Operations[0].Id!, "Succeeded");
        var options = new WaitOptions { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(40), Timeout = TimeSpan.FromMilliseconds(400) };

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => created.WaitAsync(client, options));

        Assert.Contains("web-2", exception.Message, StringComparison.Ordinal);
        Assert.Contains(created.Operations[1].Id!, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("web-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_not_yet_visible_is_polled_again()
    {
        var polls = 0;
        await using var server = new LoopbackServer(request => request.Operation switch
        {
            "CreateInstances" => StubReply.Json("{\"operations\":[{\"id\":\"op-9\",\"resourceName\":\"web-9\",\"status\":\"NotStarted\",\"isTerminal\":false}]}"),
            _ => Interlocked.Increment(ref polls) == 1
                ? StubReply.Error(HttpStatusCode.BadRequest, "NotFoundException", "The Operation does not exist.")
                : StubReply.Json("{\"operation\":{\"id\":\"op-9\",\"resourceName\":\"web-9\",\"status\":\"Succeeded\",\"isTerminal\":true}}"),
        });
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-9"), CancellationToken.None);

        var final = await created.WaitAsync(client, new WaitOptions { Delay = (_, _) => Task.CompletedTask });

        Assert.Same(OperationStatus.Succeeded, Assert.Single(final).Status);
        Assert.Equal(2, polls);
    }

    [Fact]
    public async Task Terminal_operations_are_not_polled()
    {
        await using var server = LoopbackServer.Scripted(
            StubReply.Json("{\"operations\":[{\"id\":\"op-1\",\"resourceName\":\"web-1\",\"status\":\"Succeeded\",\"isTerminal\":true}]}"));
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1"), CancellationToken.None);

        var final = await created.WaitAsync(client, CancellationToken.None);

        Assert.Single(final);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Invalid_options_are_rejected_before_polling()
    {
        await using var server = LoopbackServer.Scripted(StubReply.Json("{\"operations\":[]}"));
        using var client = TestClients.Create(server);
        var created = await InstanceCreation.CreateAsync(client, Request("web-1"), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => created.WaitAsync(client, new WaitOptions { InitialDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => created.WaitAsync(client, new WaitOptions { Timeout = TimeSpan.Zero }));
    }

    private sealed class SynchronousProgress<T> : IProgress<T>
    {
        private readonly Action<T> _report;

        public SynchronousProgress(Action<T> report) => _report = report;

        public void Report(T value) => _report(value);
    }
}
