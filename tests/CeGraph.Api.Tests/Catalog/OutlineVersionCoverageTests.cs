using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Catalog;

/// <summary>An app whose clock starts on 2015-06-01, so distributions can be made against outline versions that are no longer current.</summary>
public sealed class EarlyClockApp : EmptyCatalogTestApp
{
    protected override DateTimeOffset StartTime => new(2015, 6, 1, 12, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// Distributions are stated against the outline version in effect when they are assigned; coverage reports on the version in
/// effect today and matches older lines by category code (codes the current version lacks count toward the total only).
/// </summary>
public sealed class OutlineVersionCoverageTests(EarlyClockApp app) : IClassFixture<EarlyClockApp>
{
    [Fact]
    public async Task Coverage_DistributionsOnOlderVersions_AreMatchedToTodaysVersionByCode()
    {
        await app.AddSponsorAsync("OV-CE", "Outline Versions CE (test sponsor)");
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        await SubmitAsync(admin, "OV-2015", 3m, "OV-CE", approvedOn: "2015-01-01");
        await SubmitAsync(admin, "OV-2020", 3m, "OV-CE", approvedOn: "2015-01-01");

        var in2015 = await DistributeAsync(admin, "OV-2015", "R", "EXAMINATION", ("RP", 1m), ("PCE", 2m));
        app.Clock.SetUtcNow(new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var in2020 = await DistributeAsync(admin, "OV-2020", "R", "EXAMINATION", ("S.2", 1m), ("IP", 1.5m));
        app.Clock.SetUtcNow(CeGraphTestApp.Now);
        var data = await admin.DataAsync("""
            {
              coverage(disciplineCode: "R", kind: EXAMINATION) {
                outline { version } totalCredits activityCount
                categories { category { code } credits activityCount }
              }
            }
            """);

        Assert.Equal("2012-01", in2015["outline"]!["version"]!.GetValue<string>());
        Assert.Equal("2017-01", in2020["outline"]!["version"]!.GetValue<string>());
        var coverage = data["coverage"]!;
        Assert.Equal("2022-01", coverage["outline"]!["version"]!.GetValue<string>());
        Assert.Equal(5.5m, coverage["totalCredits"]!.GetValue<decimal>());
        Assert.Equal(2, coverage["activityCount"]!.GetValue<int>());
        var byCode = coverage["categories"]!.AsArray().ToDictionary(c => c!["category"]!["code"]!.GetValue<string>(), c => (c!["credits"]!.GetValue<decimal>(), c["activityCount"]!.GetValue<int>()));
        Assert.Equal((1m, 1), byCode["S"]);
        Assert.Equal((1m, 1), byCode["S.2"]);
        Assert.Equal((1.5m, 1), byCode["IP"]);
        Assert.Equal((0m, 0), byCode["PC"]);
        // RP and PCE (3 credits) exist only in the 2012 version: they are in totalCredits but in no category of 2022-01.
        Assert.Equal(2.5m, new[] { "PC", "S", "IP", "P" }.Sum(code => byCode[code].Item1));
    }
}
