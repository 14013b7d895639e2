using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace CeGraph.Api.Tests.Catalog;

[Collection(ReadOnlyCatalog.Name)]
public sealed class OutlineTests(CeGraphTestApp app)
{
    [Fact]
    public async Task Outline_CtStructuredEducationOn20260630_ReturnsTheCategoryTree()
    {
        using var client = app.CreateGraphQLClient();

        var json = await client.PrettyAsync("""
            {
              discipline(code: "CT") {
                outline(kind: STRUCTURED_EDUCATION, asOf: "2026-06-30") {
                  kind version effectiveFrom effectiveUntil discipline { code }
                  categories {
                    code name level parent { code }
                    children { code name level parent { code } path { code } children { code } }
                  }
                }
              }
            }
            """);

        Snapshot.Match(json);
    }

    [Theory]
    [InlineData("R", "2015-06-01", "2012-01")]
    [InlineData("R", "2016-12-31", "2012-01")]
    [InlineData("R", "2017-01-01", "2017-01")]
    [InlineData("R", "2020-01-01", "2017-01")]
    [InlineData("R", "2022-01-01", "2022-01")]
    [InlineData("T", "2021-12-31", "2011-01")]
    [InlineData("T", "2022-01-01", "2022-01")]
    [InlineData("CT", "2026-08-31", "current")]
    public async Task Outline_ExaminationAsOfDate_ReturnsTheVersionInEffect(string discipline, string asOf, string expectedVersion)
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync(
            "query($code: String!, $asOf: Date) { discipline(code: $code) { outline(kind: EXAMINATION, asOf: $asOf) { kind version } } }",
            new { code = discipline, asOf });

        Assert.Equal(expectedVersion, data["discipline"]!["outline"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outline_WithoutAsOf_ReturnsTheVersionInEffectToday()
    {
        // The app's clock says 2026-06-30.
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("""
            {
              r: discipline(code: "R") { outline(kind: EXAMINATION) { version } }
              ct: discipline(code: "CT") { outline(kind: EXAMINATION) { version effectiveUntil } }
            }
            """);

        Assert.Equal("2022-01", data["r"]!["outline"]!["version"]!.GetValue<string>());
        Assert.Equal("2026-08-31", data["ct"]!["outline"]!["effectiveUntil"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("CT", "EXAMINATION", "2026-09-01")]
    [InlineData("CT", "EXAMINATION", "2030-01-01")]
    [InlineData("R", "EXAMINATION", "2011-12-31")]
    [InlineData("N", "STRUCTURED_EDUCATION", "2026-06-30")]
    [InlineData("MR", "CQR_SSA", "2026-06-30")]
    public async Task Outline_NoVersionInEffect_ReturnsNullWithoutError(string discipline, string kind, string asOf)
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync(
            "query($code: String!, $kind: OutlineKind!, $asOf: Date) { discipline(code: $code) { code outline(kind: $kind, asOf: $asOf) { version } } }",
            new { code = discipline, kind, asOf });

        Assert.Equal(discipline, data["discipline"]!["code"]!.GetValue<string>());
        Assert.Null(data["discipline"]!["outline"]);
    }

    [Fact]
    public async Task Outline_CategoryByCode_FindsAnyLevelAndPathRunsFromTheMajorCategory()
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("""
            {
              discipline(code: "CT") {
                outline(kind: CQR_SSA) {
                  sub: category(code: "IP.1") { code level parent { code } path { code level } outline { kind } }
                  major: category(code: "IP") { code level parent { code } path { code } }
                  none: category(code: "ip.1") { code }
                }
              }
            }
            """);

        var outline = data["discipline"]!["outline"]!;
        Assert.Equal(2, outline["sub"]!["level"]!.GetValue<int>());
        Assert.Equal("IP", outline["sub"]!["parent"]!["code"]!.GetValue<string>());
        Assert.Equal(["IP", "IP.1"], outline["sub"]!["path"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal("CQR_SSA", outline["sub"]!["outline"]!["kind"]!.GetValue<string>());
        Assert.Null(outline["major"]!["parent"]);
        Assert.Equal(["IP"], outline["major"]!["path"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Null(outline["none"]);
    }
}
