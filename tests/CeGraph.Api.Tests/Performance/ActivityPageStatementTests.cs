using CeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Performance;

/// <summary>
/// The catalogue page of the benchmark (50 CT activities with totalCount, sponsor, distributions, lines, category and
/// parent) runs at most four SQL statements once warm: page, count, sponsors, distributions with lines. And the count,
/// which takes another SQL shape than the page, counts exactly the rows the filter pages through.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ActivityPageStatementTests(CeGraphTestApp app, ITestOutputHelper output)
{
    public const int MaxPageStatements = 4;

    private const string CataloguePage = """
        query($where: ActivityFilterInput, $first: Int!) {
          activities(first: $first, where: $where) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              code title credits ceCategory status approvedOn expiresOn
              sponsor { code name }
              distributions {
                discipline { code name }
                totalCredits
                lines { credits category { code name level parent { code name } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task CataloguePage_WithTotalCount_RunsAtMostFourStatements()
    {
        using var client = app.CreateGraphQLClient();
        var where = new { disciplineCode = new { eq = "CT" } };
        await client.DataAsync(CataloguePage, new { where, first = 50 }); // warm up: compiles queries, fills the outline cache

        app.SqlCommands.Reset();
        await client.DataAsync(CataloguePage, new { where, first = 50 });
        var statements = app.SqlCommands.Count;

        output.WriteLine($"{statements} statements:\n{string.Join("\n---\n", app.SqlCommands.Commands)}");
        Assert.True(statements <= MaxPageStatements, $"the page ran {statements} SQL statements (at most {MaxPageStatements}):\n{string.Join("\n---\n", app.SqlCommands.Commands)}");
    }

    public static TheoryData<string> Filters => new()
    {
        """{ "disciplineCode": { "eq": "CT" } }""",
        """{ "disciplineCode": { "neq": "CT" } }""",
        """{ "disciplineCode": { "in": ["MR", "M"] } }""",
        """{ "disciplineCode": { "contains": "r" } }""",
        """{ "disciplineCode": { "nin": ["CT", "MR"] }, "credits": { "gte": 1 } }""",
        """{ "or": [{ "disciplineCode": { "eq": "MR" } }, { "title": { "contains": "safety" } }] }""",
        """{ "categoryCode": { "eq": "P.2" }, "disciplineCode": { "eq": "CT" } }""",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TotalCount_EqualsTheRowsPagedThrough(string filter)
    {
        using var client = app.CreateGraphQLClient();
        var where = System.Text.Json.Nodes.JsonNode.Parse(filter);
        var total = -1;
        var seen = 0;
        string? after = null;
        do
        {
            var data = await client.DataAsync(
                "query($where: ActivityFilterInput, $after: String) { activities(first: 100, after: $after, where: $where) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }",
                new { where, after });
            var connection = data["activities"]!;
            total = connection["totalCount"]!.GetValue<int>();
            seen += connection["nodes"]!.AsArray().Count;
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(total > 0 || filter.Contains("nin", StringComparison.Ordinal), $"the filter {filter} should match something in the sample catalog");
        Assert.Equal(seen, total);
    }
}
