using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary>Keyset paging through <c>activities</c>: every order, forward and backward, against the order computed in the test.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ActivityPagingTests(CeGraphTestApp app)
{
    private const int PageSize = 17;

    private const string PageQuery = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [ActivitySortInput!], $where: ActivityFilterInput) {
          activities(first: $first, after: $after, last: $last, before: $before, order: $order, where: $where) {
            totalCount
            edges { cursor node { code } }
            nodes { code }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public static TheoryData<string> OrderNames() => [.. ActivityOrder.All.Keys];

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task Activities_PagingForwardWithFirstAfter_YieldsEveryActivityOnceInOrder(string orderName)
    {
        var order = ActivityOrder.All[orderName];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var expected = order.Sort(await ActivityRows.LoadAllAsync(client)).Select(r => r.Code).ToArray();

        var pages = await PageForwardAsync(client, order.Argument, null, PageSize);

        var codes = pages.SelectMany(p => Codes(p)).ToArray();
        Assert.Equal(expected, codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal(240, expected.Length);
        for (var i = 0; i < pages.Count; i++)
        {
            var info = pages[i]["pageInfo"]!;
            Assert.Equal(i > 0, info["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(i < pages.Count - 1, info["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(expected.Length, pages[i]["totalCount"]!.GetValue<int>());
            AssertPageConsistent(pages[i]);
        }
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task Activities_PagingBackwardWithLastBefore_MirrorsForwardPaging(string orderName)
    {
        var order = ActivityOrder.All[orderName];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var forward = (await PageForwardAsync(client, order.Argument, null, PageSize)).SelectMany(p => Codes(p)).ToArray();

        var backward = new List<string>();
        string? before = null;
        var pageCount = 0;
        while (true)
        {
            var page = await PageAsync(client, new JsonObject { ["last"] = PageSize, ["before"] = before, ["order"] = order.Argument?.DeepClone() });
            AssertPageConsistent(page);
            backward.InsertRange(0, Codes(page));
            var info = page["pageInfo"]!;
            Assert.Equal(before is not null, info["hasNextPage"]!.GetValue<bool>());
            Assert.True(++pageCount < 100, "backward paging does not end");
            if (!info["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }

            before = info["startCursor"]!.GetValue<string>();
        }

        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("default", 0)]
    [InlineData("title ASC", 37)]
    [InlineData("credits DESC", 101)]
    [InlineData("approvedOn ASC, credits ASC, code DESC", 200)]
    public async Task Activities_AfterAnEdgeCursor_ContinueRightAfterThatEdge(string orderName, int index)
    {
        var order = ActivityOrder.All[orderName];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var expected = order.Sort(await ActivityRows.LoadAllAsync(client)).Select(r => r.Code).ToArray();
        var cursor = await CursorAtAsync(client, order, index);

        var after = await PageAsync(client, new JsonObject { ["first"] = 5, ["after"] = cursor, ["order"] = order.Argument?.DeepClone() });
        var before = await PageAsync(client, new JsonObject { ["last"] = 5, ["before"] = cursor, ["order"] = order.Argument?.DeepClone() });

        Assert.Equal(expected.Skip(index + 1).Take(5), Codes(after));
        Assert.Equal(expected.Take(index).TakeLast(5), Codes(before));
        Assert.Equal(index > 0, before["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Activities_AfterAndBeforeTogether_ReturnTheRowsStrictlyBetween()
    {
        var order = ActivityOrder.All["credits DESC"];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var expected = order.Sort(await ActivityRows.LoadAllAsync(client)).Select(r => r.Code).ToArray();
        var after = await CursorAtAsync(client, order, 10);
        var before = await CursorAtAsync(client, order, 20);

        var page = await PageAsync(client, new JsonObject { ["first"] = 100, ["after"] = after, ["before"] = before, ["order"] = order.Argument });

        Assert.Equal(expected[11..20], Codes(page));
    }

    [Fact]
    public async Task Activities_FilteredAndOrdered_PagesThroughExactlyTheMatchingRows()
    {
        var order = ActivityOrder.All["credits DESC, title ASC"];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var rows = await ActivityRows.LoadAllAsync(client);
        var expected = order.Sort(rows.Where(r => r.Status == "DISTRIBUTED" && r.Distributions.Any(d => d.DisciplineCode == "MR"))).Select(r => r.Code).ToArray();
        var where = JsonNode.Parse("""{ "status": { "eq": "DISTRIBUTED" }, "disciplineCode": { "eq": "MR" } }""");

        var pages = await PageForwardAsync(client, order.Argument, where, 7);

        Assert.Equal(expected, pages.SelectMany(p => Codes(p)));
        Assert.All(pages, p => Assert.Equal(expected.Length, p["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Activities_WithoutFirstOrLast_ReturnTheFirstTenAndFirstZeroAnEmptyPage()
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var expected = (await ActivityRows.LoadAllAsync(client)).Select(r => r.Code).ToArray();

        var defaultPage = await PageAsync(client, new JsonObject());
        var empty = await PageAsync(client, new JsonObject { ["first"] = 0 });

        Assert.Equal(expected.Take(10), Codes(defaultPage));
        Assert.Empty(Codes(empty));
        Assert.Equal(240, empty["totalCount"]!.GetValue<int>());
        Assert.Null(empty["pageInfo"]!["startCursor"]);
        Assert.Null(empty["pageInfo"]!["endCursor"]);
        Assert.True(empty["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), "first: 0 with rows after it has a next page");
    }

    private async Task<string> CursorAtAsync(GraphQLClient client, ActivityOrder order, int index)
    {
        var pages = await PageForwardAsync(client, order.Argument, null, 100);
        return pages.SelectMany(p => p["edges"]!.AsArray()).ElementAt(index)!["cursor"]!.GetValue<string>();
    }

    private static async Task<List<JsonNode>> PageForwardAsync(GraphQLClient client, JsonNode? order, JsonNode? where, int size)
    {
        var pages = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(client, new JsonObject { ["first"] = size, ["after"] = after, ["order"] = order?.DeepClone(), ["where"] = where?.DeepClone() });
            pages.Add(page);
            Assert.True(pages.Count < 100, "forward paging does not end");
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return pages;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, JsonObject variables) =>
        (await client.DataAsync(PageQuery, variables))["activities"]!;

    private static string[] Codes(JsonNode page) => [.. page["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>())];

    /// <summary>edges and nodes agree, and start/endCursor are the first and last edge's cursors.</summary>
    private static void AssertPageConsistent(JsonNode page)
    {
        var edges = page["edges"]!.AsArray();
        Assert.Equal(Codes(page), edges.Select(e => e!["node"]!["code"]!.GetValue<string>()));
        Assert.Equal(edges.FirstOrDefault()?["cursor"]?.GetValue<string>(), page["pageInfo"]!["startCursor"]?.GetValue<string>());
        Assert.Equal(edges.LastOrDefault()?["cursor"]?.GetValue<string>(), page["pageInfo"]!["endCursor"]?.GetValue<string>());
    }
}
