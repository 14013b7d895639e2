using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary>Arguments <c>activities</c> refuses: each gives a BAD_USER_INPUT error and a null connection, never a 500.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ActivityArgumentTests(CeGraphTestApp app)
{
    private const string Query = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [ActivitySortInput!], $where: ActivityFilterInput) {
          activities(first: $first, after: $after, last: $last, before: $before, order: $order, where: $where) { totalCount nodes { code } }
        }
        """;

    public static TheoryData<string, string> BadArguments() => new()
    {
        { "first over the cap", """{ "first": 101 }""" },
        { "last over the cap", """{ "last": 101 }""" },
        { "negative first", """{ "first": -1 }""" },
        { "huge first", """{ "first": 2147483647 }""" },
        { "first and last together", """{ "first": 5, "last": 5 }""" },
        { "order element with two fields", """{ "order": [{ "title": "ASC", "credits": "DESC" }] }""" },
        { "order element with no field", """{ "order": [{}] }""" },
        { "order naming a field twice", """{ "order": [{ "title": "ASC" }, { "title": "DESC" }] }""" },
        { "where nested 6 deep", """{ "where": { "and": [{ "or": [{ "and": [{ "or": [{ "and": [{ "title": { "contains": "x" } }] }] }] }] }] } }""" },
        { "where with 51 conditions", "{ \"where\": { \"and\": [" + string.Join(", ", Enumerable.Range(0, 51).Select(i => $"{{ \"credits\": {{ \"neq\": {i} }} }}")) + "] } }" },
        { "in list over 100 values", "{ \"where\": { \"sponsorCode\": { \"in\": [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"S{i}\"")) + "] } } }" },
        { "credits filter with three decimals", """{ "where": { "credits": { "eq": 1.125 } } }""" },
        { "malformed cursor", """{ "after": "not a cursor" }""" },
        { "empty cursor", """{ "after": "" }""" },
        { "malformed before cursor", """{ "last": 3, "before": "%%%" }""" },
        { "cursor of base64 garbage", $$"""{ "after": "{{B64("\u0001\u0002garbage")}}" }""" },
        { "cursor of JSON null", $$"""{ "after": "{{B64("null")}}" }""" },
        { "cursor of JSON array", $$"""{ "after": "{{B64("[1,2]")}}" }""" },
        { "cursor without values", $$"""{ "after": "{{B64("{\"o\":\"id:Asc\"}")}}" }""" },
        { "cursor with too many values", $$"""{ "after": "{{B64("{\"o\":\"id:Asc\",\"v\":[1,2]}")}}" }""" },
        { "cursor with a value of the wrong type", $$"""{ "after": "{{B64("{\"o\":\"id:Asc\",\"v\":[\"x\"]}")}}" }""" },
        { "cursor with a fractional id", $$"""{ "after": "{{B64("{\"o\":\"id:Asc\",\"v\":[1.5]}")}}" }""" },
        { "title cursor with a number", $$"""{ "order": [{ "title": "ASC" }], "after": "{{B64("{\"o\":\"title:Asc,id:Asc\",\"v\":[1,1]}")}}" }""" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Activities_BadArguments_ReturnBadUserInputAndNull(string caseName, string variables)
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too

        var response = await client.PostAsync(Query, JsonNode.Parse(variables));

        AssertBadUserInput(response, caseName);
        await AssertStillServingAsync(client);
    }

    [Theory]
    [InlineData("title ASC", "credits DESC")]
    [InlineData("title ASC", "title DESC")]
    [InlineData("default", "approvedOn DESC")]
    [InlineData("credits DESC", "default")]
    [InlineData("credits DESC", "credits DESC, title ASC")]
    public async Task Activities_CursorFromAnotherOrder_ReturnsBadUserInput(string cursorOrder, string queryOrder)
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var page = await client.DataAsync(Query.Replace("nodes { code }", "pageInfo { endCursor }", StringComparison.Ordinal),
            new JsonObject { ["first"] = 3, ["order"] = ActivityOrder.All[cursorOrder].Argument });
        var cursor = page["activities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var forward = await client.PostAsync(Query, new JsonObject { ["first"] = 3, ["after"] = cursor, ["order"] = ActivityOrder.All[queryOrder].Argument });
        var backward = await client.PostAsync(Query, new JsonObject { ["last"] = 3, ["before"] = cursor, ["order"] = ActivityOrder.All[queryOrder].Argument });

        AssertBadUserInput(forward, "after");
        AssertBadUserInput(backward, "before");
        Assert.Contains("order", forward.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activities_WhereNestedFiveDeepWithFiftyConditions_IsAccepted()
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var fifty = string.Join(", ", Enumerable.Range(0, 49).Select(i => $"{{ \"credits\": {{ \"neq\": {i + 100} }} }}"));
        var where = JsonNode.Parse($$"""{ "and": [{ "or": [{ "and": [{ "or": [{ "title": { "contains": "x" } }, {{fifty}}] }] }] }] }""");

        var data = await client.DataAsync(Query, new JsonObject { ["first"] = 1, ["where"] = where });

        Assert.Equal(240, data["activities"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("first", 100)]
    [InlineData("last", 100)]
    public async Task Activities_PageSizeAtTheCap_IsAccepted(string argument, int size)
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too

        var data = await client.DataAsync(Query, new JsonObject { [argument] = size });

        Assert.Equal(size, data["activities"]!["nodes"]!.AsArray().Count);
    }

    private static void AssertBadUserInput(GraphQLResponse response, string caseName)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"{caseName}: {(int)response.Status} {response.Body}");
        var errors = response.Json!["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"{caseName}: expected an error, got {response.Pretty}");
        Assert.Equal("BAD_USER_INPUT", errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(errors[0]!["message"]!.GetValue<string>()));
        Assert.Null(response.Json["data"]!["activities"]);
    }

    private static async Task AssertStillServingAsync(GraphQLClient client)
    {
        var data = await client.DataAsync("{ activities(first: 1) { totalCount } }");
        Assert.Equal(240, data["activities"]!["totalCount"]!.GetValue<int>());
    }

    private static string B64(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
