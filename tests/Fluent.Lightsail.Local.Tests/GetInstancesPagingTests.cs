using Fluent.Lightsail.Local.Tests.Infrastructure;
using Fluent.Lightsail.Local;

namespace Fluent.Lightsail.Local.Tests;

/// <summary>GetInstances in pages of <see cref="LocalLightsailOptions.PageSize"/>, following <c>nextPageToken</c>.</summary>
public sealed class GetInstancesPagingTests : LocalServerTest
{
    protected override void Configure(LocalLightsailOptions options) => options.PageSize = 2;

    [Fact]
    public async Task Pages_hold_PageSize_instances_and_the_last_page_has_no_token()
    {
        await CreateEachAsync("a-1", "a-2", "a-3", "a-4", "a-5");

        var pages = await ReadAllPagesAsync();

        Assert.Equal([["a-1", "a-2"], ["a-3", "a-4"], ["a-5"]], pages.Select(p => p.Names));
        Assert.Equal([true, true, false], pages.Select(p => p.Token is not null));
    }

    [Fact]
    public async Task A_full_last_page_has_no_token()
    {
        await CreateEachAsync("a-1", "a-2");

        var pages = await ReadAllPagesAsync();

        var page = Assert.Single(pages);
        Assert.Equal(["a-1", "a-2"], page.Names);
        Assert.Null(page.Token);
    }

    [Fact]
    public async Task No_instances_is_one_empty_page()
    {
        var reply = await Http.SendAsync("GetInstances");

        Assert.Equal("""{"instances":[]}""", reply.Body);
    }

    [Fact]
    public async Task Instances_created_or_deleted_between_pages_neither_repeat_nor_push_others_out()
    {
        await CreateEachAsync("a-1", "a-2", "a-3", "a-4");
        var first = await Http.SendAsync("GetInstances");
        var token = first.Json.GetProperty("nextPageToken").GetString();

        // a-1 goes (its delete ends), and a newer instance arrives, before the second page is read.
        await Http.SendAsync("DeleteInstance", """{"instanceName":"a-1"}""");
        Clock.Advance(OperationDelay);
        await CreateEachAsync("a-5");
        var second = await Http.SendAsync("GetInstances", $$"""{"pageToken":"{{token}}"}""");

        Assert.Equal(["a-3", "a-4"], Names(second));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24=")]
    public async Task A_token_not_from_a_previous_page_is_InvalidInputException(string token)
    {
        var reply = await Http.SendAsync("GetInstances", $$"""{"pageToken":"{{token}}"}""");

        Assert.Equal("InvalidInputException", reply.ErrorType);
        Assert.Contains("page token", reply.ErrorMessage, StringComparison.Ordinal);
    }

    private async Task CreateEachAsync(params string[] names)
    {
        foreach (var name in names)
        {
            // One at a time and a second apart: the list is ordered by creation time, then name.
            Assert.Equal(200, (await Http.SendAsync("CreateInstances", CreateBody(names: $"\"{name}\""))).Status);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private async Task<List<(string[] Names, string? Token)>> ReadAllPagesAsync()
    {
        var pages = new List<(string[] Names, string? Token)>();
        string? token = null;
        do
        {
            var reply = await Http.SendAsync("GetInstances", token is null ? "{}" : $$"""{"pageToken":"{{token}}"}""");
            Assert.Equal(200, reply.Status);
            token = reply.Json.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            pages.Add((Names(reply), token));
        }
        while (token is not null && pages.Count < 10);

        return pages;
    }

    private static string[] Names(LightsailReply reply) =>
        reply.Json.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
}
