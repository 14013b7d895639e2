using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Activities;

[Collection(WritableCatalog.Name)]
public sealed class SubmitActivityTests(CeGraphTestApp app)
{
    private const string SponsorCode = "SAMPLE-FMTA";

    [Fact]
    public async Task SubmitActivity_SponsorKeyForItsOwnSponsor_StoresASubmittedActivity()
    {
        using var sponsor = await SponsorAsync();

        var response = await sponsor.PostAsync(SubmitActivity, new
        {
            input = new { code = "SUBMIT-OK-1", title = "  CT Dose Reduction Strategies  ", sponsorCode = SponsorCode, credits = 1.75m, ceCategory = "A_PLUS", approvedOn = "2026-03-01", expiresOn = "2028-02-29" },
        });

        Snapshot.Match(JsonText.Pretty(response.Json));
        var stored = await sponsor.DataAsync("{ activity(code: \"SUBMIT-OK-1\") { title status credits distributions { kind } isSample rejectionReason sponsor { code } } }");
        Assert.Equal("CT Dose Reduction Strategies", stored["activity"]!["title"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", stored["activity"]!["status"]!.GetValue<string>());
        Assert.Equal(1.75m, stored["activity"]!["credits"]!.GetValue<decimal>());
        Assert.Empty(stored["activity"]!["distributions"]!.AsArray());
        Assert.False(stored["activity"]!["isSample"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SubmitActivity_Admin_MaySubmitForAnySponsor()
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);

        var activity = await SubmitAsync(admin, "SUBMIT-ADMIN-1", 2m, "SAMPLE-WWIL");

        Assert.Equal("SAMPLE-WWIL", activity["sponsor"]!["code"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> InvalidSubmissions() => new()
    {
        { "duplicate of a sample code", """{ "code": "SAMPLE-0001" }""", "DUPLICATE_CODE" },
        { "unknown sponsor", """{ "sponsorCode": "NO-SUCH-SPONSOR" }""", "UNKNOWN_SPONSOR" },
        { "credits 0", """{ "credits": 0 }""", "INVALID_CREDITS" },
        { "credits -1", """{ "credits": -1 }""", "INVALID_CREDITS" },
        { "credits 0.3", """{ "credits": 0.3 }""", "INVALID_CREDITS" },
        { "credits too large", """{ "credits": 100000.25 }""", "INVALID_CREDITS" },
        { "expires before approval", """{ "approvedOn": "2026-03-01", "expiresOn": "2026-02-28" }""", "INVALID_DATE_RANGE" },
        { "code with a space", """{ "code": "HAS SPACE" }""", "INVALID_CODE" },
        { "code too long", $$"""{ "code": "{{new string('C', 65)}}" }""", "INVALID_CODE" },
        { "empty title", """{ "title": "   " }""", "INVALID_TEXT" },
    };

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public async Task SubmitActivity_InvalidInput_ReturnsPayloadErrorAndStoresNothing(string caseName, string overrides, string expectedCode)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var input = JsonNode.Parse("""{ "code": "SUBMIT-BAD", "title": "Bad", "sponsorCode": "SAMPLE-FMTA", "credits": 1, "ceCategory": "A", "approvedOn": "2026-01-01" }""")!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            input[name] = value?.DeepClone();
        }

        var before = await app.FingerprintAsync();

        var data = await admin.DataAsync(SubmitActivity, new JsonObject { ["input"] = input });

        Assert.Null(data["submitActivity"]!["activity"]);
        Assert.True(ErrorCodes(data["submitActivity"]!).Contains(expectedCode), $"{caseName}: {data.ToJsonString()}");
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task SubmitActivity_SameCodeTwice_SecondReturnsDuplicateCode()
    {
        using var sponsor = await SponsorAsync();
        await SubmitAsync(sponsor, "SUBMIT-TWICE", 1m, SponsorCode);
        var before = await app.FingerprintAsync();

        var second = await sponsor.DataAsync(SubmitActivity, new
        {
            input = new { code = "SUBMIT-TWICE", title = "Again", sponsorCode = SponsorCode, credits = 2m, ceCategory = "A", approvedOn = "2026-01-01" },
        });

        Assert.Equal(["DUPLICATE_CODE"], ErrorCodes(second["submitActivity"]!));
        Assert.Equal("DuplicateCodeError", second["submitActivity"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(["input", "code"], second["submitActivity"]!["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await app.FingerprintAsync());
    }

    private async Task<GraphQLClient> SponsorAsync()
    {
        var secret = await app.SharedAsync("submit-tests sponsor", async () => (await app.CreateApiKeyAsync("SPONSOR", SponsorCode)).Secret);
        return app.CreateGraphQLClient(secret);
    }
}
