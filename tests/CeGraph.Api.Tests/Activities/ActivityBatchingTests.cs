using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Activities;

/// <summary>
/// No N+1: nested fields of a page are fetched by batch loaders, so the number of SQL statements a query runs is fixed, whatever
/// the page size. Counted with <see cref="SqlCommandCounter"/> on the real SQLite database.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ActivityBatchingTests(CeGraphTestApp app, ITestOutputHelper output)
{
    public const int MaxStatements = 6;

    private const string NestedPage = """
        query($first: Int!) {
          activities(first: $first) {
            nodes {
              code
              sponsor { name }
              distributions { discipline { code } lines { credits category { name parent { name } } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Activities_NestedSponsorDistributionsLinesAndCategories_RunAFixedNumberOfStatements()
    {
        using var client = app.CreateGraphQLClient();
        await client.DataAsync(NestedPage, new { first = 1 }); // warm up: the first request compiles queries, not part of the measure

        var ten = await CountStatementsAsync(client, NestedPage, new { first = 10 });
        var fifty = await CountStatementsAsync(client, NestedPage, new { first = 50 });
        var hundred = await CountStatementsAsync(client, NestedPage, new { first = 100 });

        output.WriteLine($"first: 10 → {ten} statements, first: 50 → {fifty}, first: 100 → {hundred}");
        Assert.True(fifty <= MaxStatements, $"first: 50 ran {fifty} SQL statements (at most {MaxStatements} expected):\n{string.Join("\n---\n", app.SqlCommands.Commands)}");
        Assert.Equal(ten, fifty);
        Assert.Equal(fifty, hundred);
    }

    [Fact]
    public async Task Nodes_FiftyActivitiesWithSponsorsAndDistributions_RunAFixedNumberOfStatements()
    {
        using var client = app.CreateGraphQLClient();
        var page = await client.DataAsync("{ activities(first: 50) { nodes { id } } }");
        var ids = page["activities"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
        const string query = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Activity { code sponsor { code } distributions { outline { version } lines { category { code } } } } } }";
        await client.DataAsync(query, new { ids }); // warm up: the first request fills the outline cache, not part of the measure

        var five = await CountStatementsAsync(client, query, new { ids = ids[..5] });
        var fifty = await CountStatementsAsync(client, query, new { ids });

        output.WriteLine($"nodes: 5 ids → {five} statements, 50 ids → {fifty}");
        Assert.Equal(five, fifty);
        Assert.True(fifty <= MaxStatements, string.Join("\n---\n", app.SqlCommands.Commands));
    }

    [Fact]
    public async Task ActivityByCode_WithSponsorAndDistributions_ReadsTheSponsorWithTheActivity()
    {
        using var client = app.CreateGraphQLClient();
        var code = (await client.DataAsync("{ activities(first: 1) { nodes { code } } }"))["activities"]!["nodes"]![0]!["code"]!.GetValue<string>();
        const string query = "query($code: String!) { activity(code: $code) { code sponsor { code name } distributions { lines { category { code parent { code } } } } } }";
        await client.DataAsync(query, new { code }); // warm up: compiles the queries and fills the outline cache

        var statements = await CountStatementsAsync(client, query, new { code });
        var data = await client.DataAsync(query, new { code });

        // One for the activity joined to its sponsor, one for its distributions with their lines; categories come from the cache.
        Assert.True(statements == 2, $"activity(code:) ran {statements} SQL statements (2 expected):\n{string.Join("\n---\n", app.SqlCommands.Commands)}");
        Assert.False(string.IsNullOrEmpty(data["activity"]!["sponsor"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Activities_WithSponsors_ReadTheSponsorsWithThePage()
    {
        using var client = app.CreateGraphQLClient();
        const string query = "query($first: Int!) { activities(first: $first) { nodes { code sponsor { code } } } }";
        await client.DataAsync(query, new { first = 1 });

        var withSponsors = await CountStatementsAsync(client, query, new { first = 50 });
        var withoutSponsors = await CountStatementsAsync(client, "query($first: Int!) { activities(first: $first) { nodes { code } } }", new { first = 50 });

        Assert.Equal(withoutSponsors, withSponsors);
    }

    [Fact]
    public async Task Activities_FirstFiveWithNestedFields_ReturnsTheSamplePage()
    {
        using var client = app.CreateGraphQLClient();

        var json = await client.PrettyAsync(NestedPage, new { first = 5 });

        Snapshot.Match(json);
    }

    private async Task<int> CountStatementsAsync(GraphQLClient client, string query, object variables)
    {
        app.SqlCommands.Reset();
        await client.DataAsync(query, variables);
        return app.SqlCommands.Count;
    }
}
