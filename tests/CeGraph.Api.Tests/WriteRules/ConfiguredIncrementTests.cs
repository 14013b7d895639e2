using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Cli;
using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Infrastructure.Documents;

namespace CeGraph.Api.Tests.WriteRules;

/// <summary>The credit increment is one setting (<c>Credits:Increment</c>) for the mutations, the schema's descriptions and <c>import</c>.</summary>
public sealed class ConfiguredIncrementTests(ConfiguredIncrementTests.HalfCreditApp app) : IClassFixture<ConfiguredIncrementTests.HalfCreditApp>, IDisposable
{
    private readonly CliRun run = new();

    public sealed class HalfCreditApp : CeGraphTestApp
    {
        protected override void ConfigureSettings(IDictionary<string, string?> settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            base.ConfigureSettings(settings);
            settings["Credits:Increment"] = "0.50";
        }
    }

    [Theory]
    [InlineData("0.75", false)]
    [InlineData("1.50", true)]
    public async Task CreditIncrement_Configured_SubmitActivityAndImportAgree(string credits, bool accepted)
    {
        using var admin = app.CreateGraphQLClient(TestKeys.Admin);
        var code = $"HALF-{credits.Replace('.', '-')}";
        var data = await admin.DataAsync(SubmitActivity, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["code"] = code,
                ["title"] = "Half credits",
                ["sponsorCode"] = "SAMPLE-FMTA",
                ["credits"] = decimal.Parse(credits, System.Globalization.CultureInfo.InvariantCulture),
                ["ceCategory"] = "A",
                ["approvedOn"] = "2026-03-01",
            },
        });
        SmallDataset.Write(run.Path("ds"), 0, [SmallDataset.Line(code, "Half credits", "S1", credits, "A", "SUBMITTED", new DateOnly(2026, 3, 1), null, "[]")]);
        var import = await run.RunAsync("import", run.Path("ds"), "--Credits:Increment=0.50");

        Assert.Equal(accepted ? [] : ["INVALID_CREDITS"], ErrorCodes(data["submitActivity"]!));
        Assert.Equal(accepted ? "activities: read 1, created 1, updated 0, unchanged 0, rejected 0" : "activities: read 1, created 0, updated 0, unchanged 0, rejected 1", import.ActivitiesLine);
        if (!accepted)
        {
            Assert.Contains("not a multiple of 0.50", import.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CreditIncrement_Configured_SchemaDescriptionsNameIt()
    {
        using var client = app.CreateGraphQLClient(TestKeys.Admin);

        var data = await client.DataAsync("""
            { a: __type(name: "SubmitActivityInput") { inputFields { name description } }
              b: __type(name: "CreditLineInput") { inputFields { name description } }
              c: __type(name: "PrescriptionItemInput") { inputFields { name description } } }
            """);

        foreach (var type in new[] { "a", "b", "c" })
        {
            var description = data[type]!["inputFields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "credits")!["description"]!.GetValue<string>();
            Assert.Contains("(0.50)", description, StringComparison.Ordinal);
        }
    }

    public void Dispose() => run.Dispose();
}
