using CeGraph.Api.Hosting.FeedTransport;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Feed;

/// <summary>Subscribers of one document share one execution per entry and visibility class, and each still sees exactly its own payload.</summary>
public sealed class SharedPayloadTests(FeedKestrelApp app) : IClassFixture<FeedKestrelApp>
{
    [Fact]
    public async Task SameDocument_OneExecutionPerVisibilityClass_EachRoleSeesItsOwnPayload()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var sponsor = (await app.CreateApiKeyAsync("SPONSOR", "SAMPLE-NWIE")).Secret;
        var otherSponsor = (await app.CreateApiKeyAsync("SPONSOR", "SAMPLE-CRCE")).Secret;
        var partner = (await app.CreateApiKeyAsync("PARTNER")).Secret;
        var start = await FeedLog.EndCursorAsync(admin);
        // Two ADMIN keys' worth of subscribers, the activity's sponsor, another sponsor, a PARTNER and an anonymous caller:
        // four visibility classes (reviewer, sponsor NWIE, sponsor CRCE, public) among six subscribers.
        string?[] keys = [CeGraphTestApp.AdminKey, CeGraphTestApp.AdminKey, sponsor, otherSponsor, partner, null];
        var clients = new List<TransportWsClient>();
        try
        {
            foreach (var key in keys)
            {
                var client = await TransportWsClient.ConnectAsync(app.Address, key);
                clients.Add(client);
                await client.SubscribeAsync("1", "subscription($after: String) { catalogChanged(after: $after, kinds: [ACTIVITY_REJECTED]) { activityCode changes { field after } } }", new { after = start });
            }

            var payloads = app.Services.GetRequiredService<SharedPayloads>();
            var producedBefore = payloads.Produced;
            await SubmitAsync(admin, "FEED-SHARED-1", 1m, "SAMPLE-NWIE");
            await DistributeAsync(admin, "FEED-SHARED-1", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));
            Succeeded((await admin.DataAsync(RejectActivity, new { input = new { activityCode = "FEED-SHARED-1", reason = "Shared reason." } }))["rejectActivity"]!);

            var received = new List<System.Text.Json.Nodes.JsonNode>();
            foreach (var client in clients)
            {
                received.Add((await client.ReceiveAsync())!);
            }

            Assert.All(received, m => Assert.Equal("FEED-SHARED-1", FeedLog.Code(m)));
            var reasons = received.Select(m => m["payload"]!["data"]!["catalogChanged"]!["changes"]!.AsArray()
                .SingleOrDefault(c => c!["field"]!.GetValue<string>() == "rejectionReason")?["after"]?.GetValue<string>()).ToList();
            Assert.Equal(["Shared reason.", "Shared reason.", "Shared reason.", null, null, null], reasons);
            Assert.Equal(4, payloads.Produced - producedBefore);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
