using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary><c>activities(where:)</c> against the same filter applied here to every activity fetched unfiltered.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ActivityFilterTests(CeGraphTestApp app)
{
    private static readonly Dictionary<string, (string Where, Func<ActivityRow, bool> Matches)> Cases = new()
    {
        ["title contains lower case"] = ("""{ "title": { "contains": "dose" } }""", r => Has(r.Title, "dose")),
        ["title contains upper case"] = ("""{ "title": { "contains": "DOSE" } }""", r => Has(r.Title, "dose")),
        ["title contains mixed case"] = ("""{ "title": { "contains": "rEcOnStRuCtIoN wEbInAr" } }""", r => Has(r.Title, "reconstruction webinar")),
        ["title startsWith"] = ("""{ "title": { "startsWith": "[SAMPLE] contrast" } }""", r => r.Title.StartsWith("[Sample] Contrast", StringComparison.OrdinalIgnoreCase)),
        ["title ncontains matching all"] = ("""{ "title": { "ncontains": "SAMPLE" } }""", _ => false),
        ["title eq exact"] = ("""{ "title": { "eq": "[Sample] Infection Control Case Review 1" } }""", r => r.Title == "[Sample] Infection Control Case Review 1"),
        ["title eq is case-sensitive"] = ("""{ "title": { "eq": "[sample] infection control case review 1" } }""", _ => false),
        ["sponsorCode eq"] = ("""{ "sponsorCode": { "eq": "SAMPLE-CRCE" } }""", r => r.SponsorCode == "SAMPLE-CRCE"),
        ["sponsorCode neq"] = ("""{ "sponsorCode": { "neq": "SAMPLE-CRCE" } }""", r => r.SponsorCode != "SAMPLE-CRCE"),
        ["sponsorCode in"] = ("""{ "sponsorCode": { "in": ["SAMPLE-NWIE", "SAMPLE-WWIL", "NOBODY"] } }""", r => r.SponsorCode is "SAMPLE-NWIE" or "SAMPLE-WWIL"),
        ["sponsorCode nin"] = ("""{ "sponsorCode": { "nin": ["SAMPLE-NWIE", "SAMPLE-WWIL"] } }""", r => r.SponsorCode is not ("SAMPLE-NWIE" or "SAMPLE-WWIL")),
        ["disciplineCode eq CT"] = ("""{ "disciplineCode": { "eq": "CT" } }""", r => InDiscipline(r, "CT")),
        ["disciplineCode eq MR"] = ("""{ "disciplineCode": { "eq": "MR" } }""", r => InDiscipline(r, "MR")),
        ["disciplineCode eq unknown"] = ("""{ "disciplineCode": { "eq": "ZZ" } }""", _ => false),
        ["disciplineCode neq CT means no CT distribution"] = ("""{ "disciplineCode": { "neq": "CT" } }""", r => !InDiscipline(r, "CT")),
        ["disciplineCode nin CT MR means neither"] = ("""{ "disciplineCode": { "nin": ["CT", "MR"] } }""", r => !InDiscipline(r, "CT") && !InDiscipline(r, "MR")),
        ["disciplineCode in"] = ("""{ "disciplineCode": { "in": ["MR"] } }""", r => InDiscipline(r, "MR")),
        ["categoryCode eq"] = ("""{ "categoryCode": { "eq": "PC.2" } }""", r => InCategory(r, "PC.2")),
        ["categoryCode eq on many outlines"] = ("""{ "categoryCode": { "eq": "S.1" } }""", r => InCategory(r, "S.1")),
        ["categoryCode neq means no such line"] = ("""{ "categoryCode": { "neq": "S.1" } }""", r => !InCategory(r, "S.1")),
        ["categoryCode in"] = ("""{ "categoryCode": { "in": ["IP.2", "IP.3"] } }""", r => InCategory(r, "IP.2") || InCategory(r, "IP.3")),
        ["categoryCode nin"] = ("""{ "categoryCode": { "nin": ["IP.2", "IP.3"] } }""", r => !InCategory(r, "IP.2") && !InCategory(r, "IP.3")),
        ["credits gte lte"] = ("""{ "credits": { "gte": 1, "lte": 2 } }""", r => r.Credits is >= 1m and <= 2m),
        ["credits gt lt decimals"] = ("""{ "credits": { "gt": 1.25, "lt": 3.75 } }""", r => r.Credits is > 1.25m and < 3.75m),
        ["credits eq"] = ("""{ "credits": { "eq": 0.5 } }""", r => r.Credits == 0.5m),
        ["credits neq"] = ("""{ "credits": { "neq": 0.5 } }""", r => r.Credits != 0.5m),
        ["status eq"] = ("""{ "status": { "eq": "DISTRIBUTED" } }""", r => r.Status == "DISTRIBUTED"),
        ["status neq"] = ("""{ "status": { "neq": "SUBMITTED" } }""", r => r.Status != "SUBMITTED"),
        ["status in"] = ("""{ "status": { "in": ["SUBMITTED", "REJECTED"] } }""", r => r.Status is "SUBMITTED" or "REJECTED"),
        ["status nin"] = ("""{ "status": { "nin": ["DISTRIBUTED"] } }""", r => r.Status != "DISTRIBUTED"),
        ["ceCategory eq"] = ("""{ "ceCategory": { "eq": "A_PLUS" } }""", r => r.CeCategory == "A_PLUS"),
        ["approvedOn range"] = ("""{ "approvedOn": { "gte": "2024-01-01", "lt": "2024-07-01" } }""", r => string.CompareOrdinal(r.ApprovedOn, "2024-01-01") >= 0 && string.CompareOrdinal(r.ApprovedOn, "2024-07-01") < 0),
        ["several fields are ANDed"] = ("""{ "sponsorCode": { "eq": "SAMPLE-FMTA" }, "credits": { "gte": 2 } }""", r => r.SponsorCode == "SAMPLE-FMTA" && r.Credits >= 2m),
        ["and"] = ("""{ "and": [{ "sponsorCode": { "eq": "SAMPLE-FMTA" } }, { "credits": { "gte": 2 } }, { "disciplineCode": { "eq": "CT" } }] }""", r => r.SponsorCode == "SAMPLE-FMTA" && r.Credits >= 2m && InDiscipline(r, "CT")),
        ["or"] = ("""{ "or": [{ "sponsorCode": { "eq": "SAMPLE-ADVS" } }, { "status": { "eq": "REJECTED" } }] }""", r => r.SponsorCode == "SAMPLE-ADVS" || r.Status == "REJECTED"),
        ["nested and inside or"] = (
            """{ "or": [{ "and": [{ "disciplineCode": { "eq": "MR" } }, { "credits": { "lte": 1 } }] }, { "title": { "contains": "cardiac" } }] }""",
            r => (InDiscipline(r, "MR") && r.Credits <= 1m) || Has(r.Title, "cardiac")),
        ["negations inside or"] = (
            """{ "or": [{ "disciplineCode": { "neq": "CT" } }, { "categoryCode": { "eq": "P.3" } }] }""",
            r => !InDiscipline(r, "CT") || InCategory(r, "P.3")),
        ["fields with and and or together"] = (
            """{ "status": { "eq": "DISTRIBUTED" }, "and": [{ "credits": { "gte": 2 } }], "or": [{ "sponsorCode": { "eq": "SAMPLE-NWIE" } }, { "sponsorCode": { "eq": "SAMPLE-TSPN" } }] }""",
            r => r.Status == "DISTRIBUTED" && r.Credits >= 2m && r.SponsorCode is "SAMPLE-NWIE" or "SAMPLE-TSPN"),
        ["empty filter matches all"] = ("{}", _ => true),
        ["empty and list matches all"] = ("""{ "and": [] }""", _ => true),
        ["empty or list matches none (at least one of no filters)"] = ("""{ "or": [] }""", _ => false),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Activities_Where_MatchesTheSameFilterAppliedToAllActivities(string caseName)
    {
        var (where, matches) = Cases[caseName];
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var all = await ActivityRows.LoadAllAsync(client);
        var expected = all.Where(matches).Select(r => r.Code).ToArray();

        var (codes, totalCounts) = await FetchAllAsync(client, JsonNode.Parse(where)!);

        Assert.Equal(expected, codes);
        Assert.All(totalCounts, count => Assert.Equal(expected.Length, count));
    }

    [Fact]
    public async Task Activities_FilterCases_EachSelectSomethingBetweenNoneAndAll()
    {
        // Guards the cases above: a filter that matched nothing (or everything) by accident would prove little.
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var all = await ActivityRows.LoadAllAsync(client);
        var intendedEdgeCases = new HashSet<string>
        {
            "title ncontains matching all", "title eq is case-sensitive", "disciplineCode eq unknown",
            "empty filter matches all", "empty and list matches all", "empty or list matches none (at least one of no filters)",
        };

        var degenerate = Cases.Where(c => !intendedEdgeCases.Contains(c.Key))
            .Where(c => !all.Any(c.Value.Matches) || all.All(c.Value.Matches))
            .Select(c => c.Key)
            .ToArray();

        Assert.Empty(degenerate);
    }

    [Theory]
    [InlineData("SAMPLE-NWIE")]
    [InlineData("SAMPLE-CRCE")]
    [InlineData("SAMPLE-FMTA")]
    [InlineData("SAMPLE-ADVS")]
    [InlineData("SAMPLE-TSPN")]
    [InlineData("SAMPLE-WWIL")]
    public async Task SponsorActivities_WithAndWithoutFilter_AreExactlyThatSponsorsActivities(string sponsor)
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin); // sees unpublished activities too
        var all = await ActivityRows.LoadAllAsync(client);
        var sponsorId = (await client.DataAsync("query($where: ActivityFilterInput) { activities(first: 1, where: $where) { nodes { sponsor { id } } } }",
            new JsonObject { ["where"] = JsonNode.Parse($$"""{ "sponsorCode": { "eq": "{{sponsor}}" } }""") }))["activities"]!["nodes"]![0]!["sponsor"]!["id"]!.GetValue<string>();

        var data = await client.DataAsync("""
            query($id: ID!) {
              node(id: $id) {
                ... on Sponsor {
                  code
                  all: activities(first: 100, order: [{ credits: DESC }]) { totalCount nodes { code } }
                  distributed: activities(first: 100, where: { status: { eq: DISTRIBUTED }, disciplineCode: { eq: "CT" } }) { totalCount nodes { code } }
                }
              }
            }
            """, new { id = sponsorId });

        var node = data["node"]!;
        var mine = all.Where(r => r.SponsorCode == sponsor).ToArray();
        var expectedAll = ActivityOrder.All["credits DESC"].Sort(mine).Select(r => r.Code).ToArray();
        var expectedDistributed = mine.Where(r => r.Status == "DISTRIBUTED" && r.Distributions.Any(d => d.DisciplineCode == "CT")).Select(r => r.Code).ToArray();
        Assert.Equal(sponsor, node["code"]!.GetValue<string>());
        Assert.Equal(expectedAll, node["all"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal(expectedAll.Length, node["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expectedDistributed, node["distributed"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal(expectedDistributed.Length, node["distributed"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<(List<string> Codes, List<int> TotalCounts)> FetchAllAsync(GraphQLClient client, JsonNode where)
    {
        var codes = new List<string>();
        var totals = new List<int>();
        string? after = null;
        while (true)
        {
            var data = await client.DataAsync(
                "query($where: ActivityFilterInput, $after: String) { activities(first: 100, after: $after, where: $where) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }",
                new JsonObject { ["where"] = where.DeepClone(), ["after"] = after });
            var connection = data["activities"]!;
            codes.AddRange(connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
            totals.Add(connection["totalCount"]!.GetValue<int>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return (codes, totals);
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static bool InDiscipline(ActivityRow row, string discipline) => row.Distributions.Any(d => d.DisciplineCode == discipline);

    private static bool InCategory(ActivityRow row, string category) => row.Distributions.Any(d => d.Lines.Any(l => l.CategoryCode == category));
}
