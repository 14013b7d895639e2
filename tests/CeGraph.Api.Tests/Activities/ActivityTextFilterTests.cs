using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.Activities;

/// <summary>Text filters ignore case for every letter, not only ASCII ones (imported catalogs have titles such as "Ménière").</summary>
[Collection(WritableCatalog.Name)]
public sealed class ActivityTextFilterTests(CeGraphTestApp app)
{
    private const string Title = "ÄRZTLICHE Übung: Ménière-Krankheit und CT";

    [Theory]
    [InlineData("contains", "ärztliche übung")]
    [InlineData("contains", "ÄRZTLICHE ÜBUNG")]
    [InlineData("contains", "Übung")]
    [InlineData("contains", "MÉNIÈRE")]
    [InlineData("contains", "ménière-krankheit")]
    [InlineData("startsWith", "ärztliche")]
    public async Task Activities_TextFilterWithNonAsciiLetters_IgnoresCase(string operation, string text)
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin);
        await app.SharedAsync("text-filter activity", async () => await SubmitUnicodeActivityAsync(client));

        var data = await client.DataAsync(
            $"query($text: String!) {{ activities(where: {{ title: {{ {operation}: $text }} }}) {{ totalCount nodes {{ code }} }} }}", new { text });

        Assert.Equal(["TEXT-UNICODE-1"], data["activities"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Activities_NcontainsWithNonAsciiLetters_ExcludesTheMatchIgnoringCase()
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin);
        await app.SharedAsync("text-filter activity", async () => await SubmitUnicodeActivityAsync(client));

        var data = await client.DataAsync("""{ activities(where: { title: { ncontains: "übung" }, code: { eq: "TEXT-UNICODE-1" } }) { totalCount } }""");

        Assert.Equal(0, data["activities"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<string> SubmitUnicodeActivityAsync(GraphQLClient admin)
    {
        var data = await admin.DataAsync(SubmitActivity, new
        {
            input = new { code = "TEXT-UNICODE-1", title = Title, sponsorCode = "SAMPLE-CRCE", credits = 1m, ceCategory = "A", approvedOn = "2026-01-01" },
        });
        return Succeeded(data["submitActivity"]!)["activity"]!["title"]!.GetValue<string>();
    }
}
