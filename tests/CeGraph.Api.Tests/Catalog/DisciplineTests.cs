using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace CeGraph.Api.Tests.Catalog;

[Collection(ReadOnlyCatalog.Name)]
public sealed class DisciplineTests(CeGraphTestApp app)
{
    [Fact]
    public async Task Disciplines_Anonymous_ListsEveryDisciplineWithPathwaysAndOutlines()
    {
        using var client = app.CreateGraphQLClient();

        var json = await client.PrettyAsync("""
            {
              disciplines {
                code name pathways
                outlines { kind version effectiveFrom effectiveUntil }
                requirements { kind name windowMonths rules { kind credits category { code } description } }
              }
            }
            """);

        Snapshot.Match(json);
    }

    [Theory]
    [InlineData("MR")]
    [InlineData("VS")]
    public async Task Discipline_OfferedOnBothPathways_ListsPrimaryAndPostprimary(string code)
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("query($code: String!) { discipline(code: $code) { pathways } }", new { code });

        Assert.Equal(["POSTPRIMARY", "PRIMARY"], data["discipline"]!["pathways"]!.AsArray().Select(p => p!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("ct")]
    [InlineData("")]
    public async Task Discipline_UnknownCode_ReturnsNullWithoutError(string code)
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync("query($code: String!) { discipline(code: $code) { code } }", new { code });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Null(response.Json!["errors"]);
        Assert.Null(response.Json["data"]!["discipline"]);
    }

    [Theory]
    [InlineData("CT", "STRUCTURED_EDUCATION")]
    [InlineData("MR", "STRUCTURED_EDUCATION")]
    public async Task Discipline_WithStructuredEducationOutline_HasOnePublicRequirementOnEveryMajorCategory(string code, string kind)
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("""
            query($code: String!) {
              discipline(code: $code) {
                outlines { kind version categories { code } }
                requirements { kind windowMonths outline { kind version } rules { kind credits category { code } } }
              }
            }
            """, new { code });

        var discipline = data["discipline"]!;
        var requirement = Assert.Single(discipline["requirements"]!.AsArray())!;
        Assert.Equal(kind, requirement["kind"]!.GetValue<string>());
        Assert.Equal(24, requirement["windowMonths"]!.GetValue<int>());
        var outline = discipline["outlines"]!.AsArray().Single(o => o!["kind"]!.GetValue<string>() == kind && o["version"]!.GetValue<string>() == requirement["outline"]!["version"]!.GetValue<string>())!;
        var majors = outline["categories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray();
        var rules = requirement["rules"]!.AsArray().Select(r => r!).ToArray();
        Assert.Equal(("TOTAL_CREDITS", 16m), (rules[0]["kind"]!.GetValue<string>(), rules[0]["credits"]!.GetValue<decimal>()));
        Assert.Equal(majors, rules.Skip(1).Select(r => r["category"]!["code"]!.GetValue<string>()));
        Assert.All(rules.Skip(1), r => Assert.Equal(("MIN_CREDITS_IN_CATEGORY", 1m), (r["kind"]!.GetValue<string>(), r["credits"]!.GetValue<decimal>())));
    }
}
