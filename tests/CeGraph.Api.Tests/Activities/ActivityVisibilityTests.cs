using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary>Anonymous callers and partners see published (DISTRIBUTED) activities only; sponsors also their own; reviewers all.</summary>
[Collection(WritableCatalog.Name)]
public sealed class ActivityVisibilityTests(CeGraphTestApp app)
{
    private const string Counts = """
        {
          all: activities(first: 0) { totalCount }
          submitted: activities(first: 0, where: { status: { eq: SUBMITTED } }) { totalCount }
          rejected: activities(first: 0, where: { status: { eq: REJECTED } }) { totalCount }
        }
        """;

    [Fact]
    public async Task Activities_Anonymous_SeesOnlyPublishedOnes()
    {
        using var anonymous = app.CreateGraphQLClient();
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var visible = await anonymous.DataAsync(Counts);
        var everything = await admin.DataAsync(Counts);

        Assert.Equal(0, Total(visible, "submitted"));
        Assert.Equal(0, Total(visible, "rejected"));
        Assert.True(Total(everything, "submitted") > 0 && Total(everything, "rejected") > 0, everything.ToJsonString());
        Assert.Equal(Total(everything, "all") - Total(everything, "submitted") - Total(everything, "rejected"), Total(visible, "all"));
    }

    [Fact]
    public async Task ActivityAndNode_UnpublishedActivity_AreNullForAnonymousAndPartner_ButNotForReviewer()
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var submitted = (await admin.DataAsync("{ activities(first: 1, where: { status: { eq: SUBMITTED } }) { nodes { id code } } }"))
            ["activities"]!["nodes"]![0]!;
        var (_, partnerKey) = await app.CreateApiKeyAsync("PARTNER", name: "visibility partner");
        var (_, reviewerKey) = await app.CreateApiKeyAsync("REVIEWER", name: "visibility reviewer");
        var query = "query($code: String!, $id: ID!) { activity(code: $code) { code } node(id: $id) { id } }";
        var variables = new { code = submitted["code"]!.GetValue<string>(), id = submitted["id"]!.GetValue<string>() };

        foreach (var key in new[] { null, partnerKey })
        {
            using var client = app.CreateGraphQLClient(key);
            var data = await client.DataAsync(query, variables);
            Assert.Null(data["activity"]);
            Assert.Null(data["node"]);
        }

        using var reviewer = app.CreateGraphQLClient(reviewerKey);
        var seen = await reviewer.DataAsync(query, variables);
        Assert.Equal(variables.code, seen["activity"]!["code"]!.GetValue<string>());
        Assert.NotNull(seen["node"]);
    }

    private static int Total(JsonNode data, string alias) => data[alias]!["totalCount"]!.GetValue<int>();
}
