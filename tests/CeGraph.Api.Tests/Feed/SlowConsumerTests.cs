using System.Net.WebSockets;
using CeGraph.Api.Feed;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Feed;

/// <summary>A subscriber that stops reading is closed with 1013 (try again later) instead of being buffered without bound.</summary>
public sealed class SlowConsumerTests(SmallQueueFeedApp app) : IClassFixture<SmallQueueFeedApp>
{
    [Fact]
    public async Task ClientThatStopsReading_IsClosedWith1013_LongBeforeEverythingWasSent()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await FeedLog.EndCursorAsync(admin);
        using var client = await TransportWsClient.ConnectAsync(app.Address, CeGraphTestApp.AdminKey, receiveBufferBytes: 4096);
        // Large messages (each alias repeats the 2,000-character rejection reason) fill the socket's buffers in a few events.
        var aliases = string.Join(' ', Enumerable.Range(0, 25).Select(i => $"c{i}: changes {{ field before after }}"));
        await client.SubscribeAsync("slow", $"subscription($after: String) {{ catalogChanged(after: $after) {{ activityCode {aliases} }} }}", new { after = start });
        await SubmitAsync(admin, "FEED-SLOW-0", 1m, "SAMPLE-NWIE");
        Assert.Equal("FEED-SLOW-0", FeedLog.Code(await client.ReceiveAsync())); // live: from here on the client reads nothing

        var hub = app.Services.GetRequiredService<CatalogFeedHub>();
        var reason = new string('r', 2000);
        var written = 1;
        for (var i = 1; i <= 400 && hub.SubscriberCount > 0; i++)
        {
            await SubmitAsync(admin, $"FEED-SLOW-{i}", 1m, "SAMPLE-NWIE");
            Succeeded((await admin.DataAsync(RejectActivity, new { input = new { activityCode = $"FEED-SLOW-{i}", reason } }))["rejectActivity"]!);
            written += 2;
        }

        Assert.Equal(0, hub.SubscriberCount);
        var delivered = await client.ReadUntilClosedAsync();
        Assert.Equal((WebSocketCloseStatus)1013, client.CloseStatus);
        Assert.True(delivered.Count < written - SmallQueueFeedApp.MaxQueuedEvents, $"{delivered.Count} of {written} entries were still sent");
    }
}
