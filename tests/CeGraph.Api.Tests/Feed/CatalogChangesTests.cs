using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Feed;

/// <summary>The change log through the real endpoint: each write path records its entry in its own transaction, <c>catalogChanges</c> pages it in commit order.</summary>
public sealed class CatalogChangesTests(CeGraphTestApp app) : IClassFixture<CeGraphTestApp>
{
    public const string Changes = """
        query($after: String, $first: Int, $where: CatalogChangeFilterInput) {
          catalogChanges(after: $after, first: $first, where: $where) {
            pageInfo { hasNextPage endCursor }
            edges { cursor node { eventId cursor kind occurredAt entityId entityType activityCode sponsorCode disciplineCodes statusBefore statusAfter changes { field before after } } }
          }
        }
        """;

    [Fact]
    public async Task Mutations_EachRecordOneEntry_InCommitOrder_WithTotalsBeforeAndAfter()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await EndCursorAsync(admin);

        await SubmitAsync(admin, "FEED-ORDER-1", 2m, "SAMPLE-CRCE");
        await DistributeAsync(admin, "FEED-ORDER-1", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));
        await DistributeAsync(admin, "FEED-ORDER-1", "CT", "STRUCTURED_EDUCATION", ("S.1", 1.5m));
        var rejected = await admin.DataAsync(RejectActivity, new { input = new { activityCode = "FEED-ORDER-1", reason = "Not CT." } });
        Succeeded(rejected["rejectActivity"]!);

        var entries = await ReadAllAsync(admin, start, where: new { sponsorCodes = new[] { "SAMPLE-CRCE" } });
        Assert.Equal(["ACTIVITY_SUBMITTED", "DISTRIBUTION_ASSIGNED", "DISTRIBUTION_ASSIGNED", "ACTIVITY_REJECTED"], entries.Select(e => Text(e, "kind")));
        Assert.Equal(entries.Count, entries.Select(e => Text(e, "eventId")).Distinct().Count());
        Assert.All(entries, e => Assert.Equal("FEED-ORDER-1", Text(e, "activityCode")));
        Assert.Equal(("1", (string?)null), Change(entries[1], "totalCredits"));
        Assert.Equal(("1.5", "1"), Change(entries[2], "totalCredits"));
        Assert.Equal(("REJECTED", "DISTRIBUTED"), Change(entries[3], "status"));
        Assert.Equal(["CT"], entries[3]["disciplineCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("CreditDistribution", Text(entries[1], "entityType"));
        var node = await admin.DataAsync("query($id: ID!) { node(id: $id) { ... on CreditDistribution { totalCredits activity { code } } } }", new { id = Text(entries[2], "entityId") });
        Assert.Equal(1.5m, node["node"]!["totalCredits"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task MoreThanAHundredCodes_IsBadUserInput()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var codes = Enumerable.Range(0, 101).Select(i => $"D{i}").ToArray();

        var response = await admin.PostAsync(Changes, new { first = 1, where = new { disciplineCodes = codes } });

        Assert.Equal("Give at most 100 discipline and 100 sponsor codes.", response.FirstError);
        Assert.Equal("BAD_USER_INPUT", response.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response.Json["data"]?["catalogChanges"]);
    }

    [Fact]
    public async Task FailedMutation_RecordsNothing()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var before = await app.FingerprintAsync();

        var data = await admin.DataAsync(AssignDistribution, new
        {
            input = new { activityCode = "NO-SUCH-FEED", disciplineCode = "CT", kind = "STRUCTURED_EDUCATION", lines = new[] { new { categoryCode = "S.1", credits = 1m } } },
        });

        Assert.NotEmpty(ErrorCodes(data["assignCreditDistribution"]!));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task Seeding_PublishesEveryOutlineVersion()
    {
        using var anonymous = app.CreateGraphQLClient(null);

        var entries = await ReadAllAsync(anonymous, null, where: new { kinds = new[] { "OUTLINE_PUBLISHED" } });

        var outlineCount = (long)(await app.ScalarAsync("SELECT COUNT(*) FROM \"Outlines\""))!;
        Assert.Equal(outlineCount, entries.Count);
        Assert.All(entries, e => Assert.Equal("ContentOutline", Text(e, "entityType")));
    }

    [Fact]
    public async Task Visibility_FollowsActivityAndRequirementRules()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await EndCursorAsync(admin);
        using var ownSponsor = app.CreateGraphQLClient((await app.CreateApiKeyAsync("SPONSOR", "SAMPLE-NWIE")).Secret);
        using var otherSponsor = app.CreateGraphQLClient((await app.CreateApiKeyAsync("SPONSOR", "SAMPLE-CRCE")).Secret);
        using var reviewer = app.CreateGraphQLClient((await app.CreateApiKeyAsync("REVIEWER")).Secret);
        using var partner = app.CreateGraphQLClient((await app.CreateApiKeyAsync("PARTNER")).Secret);
        using var anonymous = app.CreateGraphQLClient(null);
        await SubmitAsync(ownSponsor, "FEED-VIS-HIDDEN", 1m, "SAMPLE-NWIE");
        await SubmitAsync(ownSponsor, "FEED-VIS-PUBLISHED", 1m, "SAMPLE-NWIE");
        await DistributeAsync(admin, "FEED-VIS-PUBLISHED", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));
        Succeeded((await admin.DataAsync(RejectActivity, new { input = new { activityCode = "FEED-VIS-PUBLISHED", reason = "Private reason." } }))["rejectActivity"]!);
        Succeeded((await reviewer.DataAsync(IssuePrescription, new
        {
            input = new { disciplineCode = "CT", learnerRef = "feed-learner", issuedOn = "2026-01-01", dueOn = "2026-06-30", items = new[] { new { categoryCode = "S.1", credits = 2m } } },
        }))["issueCqrPrescription"]!);

        var all = Kinds(await ReadAllAsync(admin, start));
        var own = Kinds(await ReadAllAsync(ownSponsor, start));
        var other = await ReadAllAsync(otherSponsor, start);
        var publicView = await ReadAllAsync(anonymous, start);

        Assert.Equal(["ACTIVITY_SUBMITTED:FEED-VIS-HIDDEN", "ACTIVITY_SUBMITTED:FEED-VIS-PUBLISHED", "DISTRIBUTION_ASSIGNED:FEED-VIS-PUBLISHED", "ACTIVITY_REJECTED:FEED-VIS-PUBLISHED", "REQUIREMENT_ISSUED:"], all);
        Assert.Equal(all.Take(4), own);
        Assert.Equal(["DISTRIBUTION_ASSIGNED:FEED-VIS-PUBLISHED", "ACTIVITY_REJECTED:FEED-VIS-PUBLISHED"], Kinds(other));
        Assert.Equal(Kinds(other), Kinds(publicView));
        Assert.Equal(Kinds(other), Kinds(await ReadAllAsync(partner, start)));
        Assert.Equal(all, Kinds(await ReadAllAsync(reviewer, start)));
        Assert.DoesNotContain(publicView[1]["changes"]!.AsArray(), c => Text(c!, "field") == "rejectionReason");
        Assert.Contains((await ReadAllAsync(ownSponsor, start))[3]["changes"]!.AsArray(), c => Text(c!, "field") == "rejectionReason");
    }

    [Fact]
    public async Task Paging_FollowsCursorsWithoutGapsOrRepeats_AndFiltersByDiscipline()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        var start = await EndCursorAsync(admin);
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync(admin, $"FEED-PAGE-{i}", 1m, "SAMPLE-NWIE");
            await DistributeAsync(admin, $"FEED-PAGE-{i}", i % 2 == 0 ? "CT" : "MR", "STRUCTURED_EDUCATION", (i % 2 == 0 ? "S.1" : "P.1", 1m));
        }

        var whole = await ReadAllAsync(admin, start, pageSize: 100);
        var paged = await ReadAllAsync(admin, start, pageSize: 3);
        var ct = await ReadAllAsync(admin, start, where: new { disciplineCodes = new[] { "CT" } });

        Assert.Equal(10, whole.Count);
        Assert.Equal(whole.Select(e => Text(e, "eventId")), paged.Select(e => Text(e, "eventId")));
        Assert.Equal(["FEED-PAGE-0", "FEED-PAGE-2", "FEED-PAGE-4"], ct.Select(e => Text(e, "activityCode")));
        var rest = await admin.DataAsync(Changes, new { after = Text(whole[^1], "cursor") });
        Assert.Empty(rest["catalogChanges"]!["edges"]!.AsArray());
        Assert.False(rest["catalogChanges"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ForeignCursor_IsRefusedClearly()
    {
        using var anonymous = app.CreateGraphQLClient(null);

        var response = await anonymous.PostAsync(Changes, new { after = "bm90LWEtY3Vyc29y" });

        Assert.Contains("is not a cursor of the change log", response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatedAt_IsFilterableAndSortable()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var since = app.Clock.GetUtcNow();
        await SubmitAsync(admin, "FEED-UPDATED-A", 1m, "SAMPLE-NWIE");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await SubmitAsync(admin, "FEED-UPDATED-B", 1m, "SAMPLE-NWIE");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await DistributeAsync(admin, "FEED-UPDATED-A", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));

        const string query = "query($since: DateTime!, $after: String) { activities(first: 1, after: $after, where: { updatedAt: { gte: $since } }, order: [{ updatedAt: DESC }]) { pageInfo { hasNextPage endCursor } nodes { code updatedAt distributions { updatedAt } } } }";
        var first = (await admin.DataAsync(query, new { since = since.ToString("O") }))["activities"]!;
        var second = (await admin.DataAsync(query, new { since = since.ToString("O"), after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["activities"]!;

        Assert.Equal("FEED-UPDATED-A", Text(first["nodes"]![0]!, "code"));
        Assert.Equal(Text(first["nodes"]![0]!, "updatedAt"), Text(first["nodes"]![0]!["distributions"]![0]!, "updatedAt"));
        Assert.Equal("FEED-UPDATED-B", Text(second["nodes"]![0]!, "code"));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    private static List<string> Kinds(IEnumerable<JsonNode> entries) => [.. entries.Select(e => $"{Text(e, "kind")}:{e["activityCode"]?.GetValue<string>()}")];

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();

    private static (string? After, string? Before) Change(JsonNode entry, string field)
    {
        var change = entry["changes"]!.AsArray().Single(c => Text(c!, "field") == field)!;
        return (change["after"]?.GetValue<string>(), change["before"]?.GetValue<string>());
    }

    private static async Task<string?> EndCursorAsync(GraphQLClient client)
    {
        string? cursor = null;
        foreach (var entry in await ReadAllAsync(client, null))
        {
            cursor = Text(entry, "cursor");
        }

        return cursor;
    }

    private static async Task<List<JsonNode>> ReadAllAsync(GraphQLClient client, string? after, object? where = null, int pageSize = 1000)
    {
        var entries = new List<JsonNode>();
        for (var page = 0; page < 1000; page++)
        {
            var connection = (await client.DataAsync(Changes, new { after, first = pageSize, where }))["catalogChanges"]!;
            entries.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return entries;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("The log did not end within 1000 pages.");
    }
}
