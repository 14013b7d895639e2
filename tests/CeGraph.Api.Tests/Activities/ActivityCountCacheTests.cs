using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Activities;

/// <summary>
/// <c>totalCount</c> is remembered per catalog version (GraphQL/Activities/ActivityCountCache): a repeated page does not
/// count again, and every write that changes what a count sees (submit, distribute, reject) makes the next page count anew.
/// </summary>
[Collection(WritableCatalog.Name)]
public sealed class ActivityCountCacheTests(CeGraphTestApp app)
{
    private const string CountOf = """
        query($prefix: String!) { activities(first: 1, where: { code: { startsWith: $prefix } }) { totalCount nodes { code } } }
        """;

    [Fact]
    public async Task TotalCount_RepeatedPage_DoesNotCountAgain()
    {
        using var anonymous = app.CreateGraphQLClient();
        var first = await CountAsync(anonymous, "SAMPLE-");

        app.SqlCommands.Reset();
        Assert.Equal(first, await CountAsync(anonymous, "SAMPLE-"));
        Assert.NotEmpty(app.SqlCommands.Commands); // the page itself still runs

        Assert.DoesNotContain(app.SqlCommands.Commands, sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TotalCount_AfterEachWrite_CountsTheNewCatalog()
    {
        using var admin = app.CreateGraphQLClient(CeGraphTestApp.AdminKey);
        using var anonymous = app.CreateGraphQLClient();
        await SubmitAsync(admin, "CNTCACHE-1", 1m, "SAMPLE-CRCE");
        await DistributeAsync(admin, "CNTCACHE-1", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));
        Assert.Equal(1, await CountAsync(anonymous, "CNTCACHE-"));
        Assert.Equal(1, await CountAsync(anonymous, "CNTCACHE-"));

        await SubmitAsync(admin, "CNTCACHE-2", 1m, "SAMPLE-CRCE");
        Assert.Equal(1, await CountAsync(anonymous, "CNTCACHE-")); // submitted, not yet published
        Assert.Equal(2, await CountAsync(admin, "CNTCACHE-")); // an ADMIN sees it: another count, not the anonymous one

        await DistributeAsync(admin, "CNTCACHE-2", "CT", "STRUCTURED_EDUCATION", ("S.1", 1m));
        Assert.Equal(2, await CountAsync(anonymous, "CNTCACHE-"));

        await admin.DataAsync(RejectActivity, new { input = new { activityCode = "CNTCACHE-1", reason = "Duplicate." } });
        Assert.Equal(1, await CountAsync(anonymous, "CNTCACHE-"));
        Assert.Equal(2, await CountAsync(admin, "CNTCACHE-"));
    }

    private static async Task<int> CountAsync(GraphQLClient client, string prefix) =>
        (await client.DataAsync(CountOf, new { prefix }))["activities"]!["totalCount"]!.GetValue<int>();
}
