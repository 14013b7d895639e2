using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Feed;

/// <summary>
/// Delivery guarantees of the live feed over real sockets: a revoked key stops receiving on both transports, a lost wake-up is
/// covered by the backstop poll, and concurrent writers leave no gap for a reader that resumes from its cursor. They run on
/// SQLite and, with <c>CEGRAPH_TEST_PROVIDER=Postgres</c>, on PostgreSQL (where the last two matter most).
/// </summary>
public sealed class FeedDeliveryTests(FeedKestrelApp app) : IClassFixture<FeedKestrelApp>
{
    private const string Submitted = "subscription($after: String) { catalogChanged(after: $after, kinds: [ACTIVITY_SUBMITTED]) { eventId activityCode } }";

    [Fact]
    public async Task RevokedKey_WebSocket_ReceivesNothingMore_AndIsClosedWith4403()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var (id, secret) = await app.CreateApiKeyAsync("REVIEWER");
        var start = await FeedLog.EndCursorAsync(admin);
        using var client = await TransportWsClient.ConnectAsync(app.Address, secret);
        await client.SubscribeAsync("r", Submitted, new { after = start });
        await SubmitAsync(admin, "FEED-REVOKE-WS-1", 1m, "SAMPLE-NWIE");
        Assert.Equal("FEED-REVOKE-WS-1", FeedLog.Code(await client.ReceiveAsync()));

        await app.RevokeApiKeyAsync(id);
        await SubmitAsync(admin, "FEED-REVOKE-WS-2", 1m, "SAMPLE-NWIE");

        var rest = await client.ReadUntilClosedAsync();
        Assert.Equal((WebSocketCloseStatus)4403, client.CloseStatus);
        Assert.DoesNotContain(rest, m => FeedLog.Code(m) == "FEED-REVOKE-WS-2");
    }

    [Fact]
    public async Task RevokedKey_Sse_ReceivesNothingMore_TheStreamSaysUnauthenticatedAndCompletes()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var (id, secret) = await app.CreateApiKeyAsync("REVIEWER");
        var start = await FeedLog.EndCursorAsync(admin);
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Submitted, variables = new { after = start } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var timeout = new CancellationTokenSource(TransportWsClient.Patience);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await SubmitAsync(admin, "FEED-REVOKE-SSE-1", 1m, "SAMPLE-NWIE");
        var (name, data) = await NextEventAsync(reader, timeout.Token);
        Assert.Equal(("next", "FEED-REVOKE-SSE-1"), (name, data?["data"]?["catalogChanged"]?["activityCode"]?.GetValue<string>()));

        await app.RevokeApiKeyAsync(id);
        await SubmitAsync(admin, "FEED-REVOKE-SSE-2", 1m, "SAMPLE-NWIE");

        var (errorName, error) = await NextEventAsync(reader, timeout.Token);
        Assert.Equal("next", errorName);
        Assert.Equal("UNAUTHENTICATED", error!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(error["data"]);
        Assert.Equal("complete", (await NextEventAsync(reader, timeout.Token)).Name);
        Assert.Null(await reader.ReadLineAsync(timeout.Token)); // the response ended
    }

    [Fact]
    public async Task EntryCommittedWithoutAnyWakeUp_StillReachesALiveSubscriber_ThroughTheBackstopPoll()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await FeedLog.EndCursorAsync(admin);
        using var client = await TransportWsClient.ConnectAsync(app.Address, CeGraphTestApp.AdminKey);
        await client.SubscribeAsync("lost", "subscription($after: String) { catalogChanged(after: $after) { eventId activityCode } }", new { after = start });
        await SubmitAsync(admin, "FEED-LOST-1", 1m, "SAMPLE-NWIE");
        Assert.Equal("FEED-LOST-1", FeedLog.Code(await client.ReceiveAsync())); // the subscriber is live now

        // What another node writes when its NOTIFY is lost: the entry commits, and nothing wakes this node's readers.
        var eventId = Guid.NewGuid();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var outlineId = await db.Outlines.Select(o => o.Id).FirstAsync();
            db.CatalogChanges.Add(new CatalogChange
            {
                EventId = eventId,
                Kind = CeGraph.Api.Data.Entities.CatalogChangeKind.OutlinePublished,
                OccurredAt = CeGraphTestApp.Now.UtcDateTime,
                EntityType = "ContentOutline",
                EntityId = outlineId,
                DisciplineCodes = "|CT|",
                IsPublic = true,
                Changes = "[]",
            });
            await db.SaveChangesAsync();
        }

        var message = await client.ReceiveAsync();
        Assert.Equal(eventId.ToString("D"), message?["payload"]?["data"]?["catalogChanged"]?["eventId"]?.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentWriters_AReaderResumingFromItsCursor_AndALiveSubscriber_MissNothing_InLogOrder()
    {
        const int perWriter = 25;
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await FeedLog.EndCursorAsync(admin);
        using var live = await TransportWsClient.ConnectAsync(app.Address, CeGraphTestApp.AdminKey);
        await live.SubscribeAsync("live", Submitted, new { after = start });
        var where = new { kinds = new[] { "ACTIVITY_SUBMITTED" } };

        var writers = Task.WhenAll(Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            using var writer = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
            for (var i = 0; i < perWriter; i++)
            {
                await SubmitAsync(writer, $"FEED-CONCURRENT-{w}-{i}", 1m, "SAMPLE-NWIE");
            }
        })));

        // A reader that stores its cursor after every small page and resumes from it while both writers commit.
        var resumed = new List<JsonNode>();
        var cursor = start;
        for (var round = 0; round < 100_000; round++)
        {
            var writersDone = writers.IsCompleted;
            var (entries, end, more) = await FeedLog.PageAsync(admin, cursor, 3, where);
            resumed.AddRange(entries);
            cursor = end;
            if (writersDone && entries.Count == 0 && !more)
            {
                break;
            }
        }

        await writers;
        var log = await FeedLog.ReadAllAsync(admin, start, where);
        Assert.Equal(2 * perWriter, log.Count(e => e["activityCode"]!.GetValue<string>().StartsWith("FEED-CONCURRENT-", StringComparison.Ordinal)));
        Assert.Equal(log.Select(e => e["eventId"]!.GetValue<string>()), resumed.Select(e => e["eventId"]!.GetValue<string>()));
        var pushed = new List<string?>();
        for (var i = 0; i < log.Count; i++)
        {
            pushed.Add((await live.ReceiveAsync())?["payload"]?["data"]?["catalogChanged"]?["eventId"]?.GetValue<string>());
        }

        Assert.Equal(log.Select(e => e["eventId"]!.GetValue<string>()), pushed);
    }

    /// <summary>The next server-sent event (comments skipped): its name and its data as JSON.</summary>
    private static async Task<(string? Name, JsonNode? Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.Length == 0 ? null : JsonNode.Parse(data.ToString()));
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        return (name, null);
    }
}
