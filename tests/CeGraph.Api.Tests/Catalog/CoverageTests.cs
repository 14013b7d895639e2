using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace CeGraph.Api.Tests.Catalog;

/// <summary><c>coverage</c> checked against sums computed here from every activity's distributions, fetched through the API.</summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class CoverageTests(CeGraphTestApp app)
{
    private const string CoverageQuery = """
        query($discipline: String!, $kind: OutlineKind!, $sponsor: String, $codes: [String!]) {
          coverage(disciplineCode: $discipline, kind: $kind, sponsorCode: $sponsor, activityCodes: $codes) {
            discipline { code }
            outline { kind version }
            totalCredits activityCount
            categories { category { code } credits activityCount }
            uncoveredCategories { code }
          }
        }
        """;

    [Theory]
    [InlineData("CT", "STRUCTURED_EDUCATION", null)]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-NWIE")]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-CRCE")]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-FMTA")]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-ADVS")]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-TSPN")]
    [InlineData("CT", "STRUCTURED_EDUCATION", "SAMPLE-WWIL")]
    [InlineData("CT", "CQR_SSA", null)]
    [InlineData("CT", "CQR_SSA", "SAMPLE-TSPN")]
    [InlineData("MR", "STRUCTURED_EDUCATION", null)]
    [InlineData("MR", "STRUCTURED_EDUCATION", "SAMPLE-ADVS")]
    public async Task Coverage_ForSponsorOrWholeCatalog_MatchesDistributionLinesSummedIndependently(string discipline, string kind, string? sponsor)
    {
        using var client = app.CreateGraphQLClient();
        var rows = await ActivityRows.LoadAllAsync(client);
        var outline = await OutlineCategoriesAsync(client, discipline, kind);

        var data = await client.DataAsync(CoverageQuery, new { discipline, kind, sponsor });

        var expected = Expected(rows.Where(r => sponsor is null || r.SponsorCode == sponsor), discipline, kind, outline);
        AssertCoverage(expected, data["coverage"]!);
    }

    [Fact]
    public async Task Coverage_ForTwoActivities_ListsEveryCategoryIncludingZeros()
    {
        using var client = app.CreateGraphQLClient();
        var rows = await ActivityRows.LoadAllAsync(client);
        var codes = rows.Where(r => r.Status == "DISTRIBUTED" && r.Distributions.Any(d => d.DisciplineCode == "CT" && d.Kind == "STRUCTURED_EDUCATION"))
            .Take(2).Select(r => r.Code).ToArray();
        var outline = await OutlineCategoriesAsync(client, "CT", "STRUCTURED_EDUCATION");

        var response = await client.PostAsync(CoverageQuery, new { discipline = "CT", kind = "STRUCTURED_EDUCATION", codes });

        AssertCoverage(Expected(rows.Where(r => codes.Contains(r.Code)), "CT", "STRUCTURED_EDUCATION", outline), response.Json!["data"]!["coverage"]!);
        Snapshot.Match(new JsonObject { ["activityCodes"] = new JsonArray([.. codes.Select(c => JsonValue.Create(c))]), ["response"] = response.Json.DeepClone() }.ToJsonString(JsonText.Options));
    }

    [Fact]
    public async Task Coverage_EmptyActivityList_ReportsEveryCategoryAsUncovered()
    {
        using var client = app.CreateGraphQLClient();
        var outline = await OutlineCategoriesAsync(client, "CT", "STRUCTURED_EDUCATION");

        var data = await client.DataAsync(CoverageQuery, new { discipline = "CT", kind = "STRUCTURED_EDUCATION", codes = Array.Empty<string>() });

        var coverage = data["coverage"]!;
        Assert.Equal(0m, coverage["totalCredits"]!.GetValue<decimal>());
        Assert.Equal(0, coverage["activityCount"]!.GetValue<int>());
        Assert.Equal(outline.Select(c => c.Code), coverage["categories"]!.AsArray().Select(c => c!["category"]!["code"]!.GetValue<string>()));
        Assert.All(coverage["categories"]!.AsArray(), c => Assert.Equal((0m, 0), (c!["credits"]!.GetValue<decimal>(), c["activityCount"]!.GetValue<int>())));
        Assert.Equal(outline.Select(c => c.Code), coverage["uncoveredCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Coverage_UnknownSponsor_ReturnsBadUserInputError()
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync(CoverageQuery, new { discipline = "CT", kind = "STRUCTURED_EDUCATION", sponsor = "NO-SUCH-SPONSOR" });

        Assert.Null(response.Json!["data"]!["coverage"]);
        var error = response.Json["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("NO-SUCH-SPONSOR", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX", "STRUCTURED_EDUCATION")]
    [InlineData("R", "STRUCTURED_EDUCATION")]
    [InlineData("MR", "CQR_SSA")]
    public async Task Coverage_UnknownDisciplineOrNoSuchOutline_ReturnsNullWithoutError(string discipline, string kind)
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync(CoverageQuery, new { discipline, kind });

        Assert.True(response.Json!["errors"] is null, response.Pretty);
        Assert.Null(response.Json["data"]!["coverage"]);
    }

    private static async Task<IReadOnlyList<(string Code, IReadOnlyList<string> Path)>> OutlineCategoriesAsync(GraphQLClient client, string discipline, string kind)
    {
        // Coverage reports on the version in effect today (the app's clock: 2026-06-30).
        var data = await client.DataAsync(
            "query($d: String!, $k: OutlineKind!) { discipline(code: $d) { outline(kind: $k) { allCategories { code path { code } } } } }",
            new { d = discipline, k = kind });
        return [.. data["discipline"]!["outline"]!["allCategories"]!.AsArray().Select(c => (
            c!["code"]!.GetValue<string>(),
            (IReadOnlyList<string>)[.. c["path"]!.AsArray().Select(p => p!["code"]!.GetValue<string>())]))];
    }

    /// <summary>What coverage must say: lines of DISTRIBUTED activities' distributions for the discipline and kind, rolled up the tree.</summary>
    private static ExpectedCoverage Expected(IEnumerable<ActivityRow> activities, string discipline, string kind, IReadOnlyList<(string Code, IReadOnlyList<string> Path)> outline)
    {
        var lines = activities
            .Where(a => a.Status == "DISTRIBUTED")
            .SelectMany(a => a.Distributions.Where(d => d.DisciplineCode == discipline && d.Kind == kind).SelectMany(d => d.Lines.Select(l => (Activity: a.Code, l.CategoryCode, l.Credits))))
            .ToArray();
        var pathByCode = outline.ToDictionary(c => c.Code, c => c.Path);
        var categories = outline.Select(category =>
        {
            var under = lines.Where(l => pathByCode.TryGetValue(l.CategoryCode, out var path) && path.Contains(category.Code)).ToArray();
            return (category.Code, Credits: under.Sum(l => l.Credits), Activities: under.Select(l => l.Activity).Distinct().Count());
        }).ToArray();
        return new ExpectedCoverage(lines.Sum(l => l.Credits), lines.Select(l => l.Activity).Distinct().Count(), categories);
    }

    private static void AssertCoverage(ExpectedCoverage expected, JsonNode coverage)
    {
        Assert.Equal(expected.TotalCredits, coverage["totalCredits"]!.GetValue<decimal>());
        Assert.Equal(expected.ActivityCount, coverage["activityCount"]!.GetValue<int>());
        var actual = coverage["categories"]!.AsArray()
            .Select(c => (c!["category"]!["code"]!.GetValue<string>(), c["credits"]!.GetValue<decimal>(), c["activityCount"]!.GetValue<int>()))
            .ToArray();
        Assert.Equal(expected.Categories, actual);
        Assert.Equal(
            expected.Categories.Where(c => c.Activities == 0).Select(c => c.Code),
            coverage["uncoveredCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
    }

    private sealed record ExpectedCoverage(decimal TotalCredits, int ActivityCount, IReadOnlyList<(string Code, decimal Credits, int Activities)> Categories);
}
