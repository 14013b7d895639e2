using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CeGraph.Api.Data;
using CeGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// Concurrent writers over a real socket, written once for every database: a subclass supplies the host
/// (<see cref="ConcurrencyTests"/>: the suite's provider, SQLite unless CEGRAPH_TEST_PROVIDER=Postgres;
/// <see cref="PostgresConcurrencyTests"/>: PostgreSQL whenever CEGRAPH_TEST_POSTGRES is set).
/// Every request must come back 200 with either its result or a typed error in the payload: never a 5xx, never a
/// top-level error, never a half-written distribution, never a lost or doubled check.
/// </summary>
public abstract class ConcurrencyScenarios(ITestOutputHelper output)
{
    private const string Assign = """
        mutation Assign($input: AssignCreditDistributionInput!) {
          assignCreditDistribution(input: $input) {
            distribution { id lines { category { code } credits } }
            errors { __typename code message }
          }
        }
        """;

    private const string Evaluate = """
        mutation Evaluate($input: EvaluateRequirementInput!) {
          evaluateRequirement(input: $input) { check { id fulfilled countedCredits } errors { __typename code message } }
        }
        """;

    /// <summary>A fresh host with <see cref="TestKeys.AdminSetting"/> over the database under test.</summary>
    protected abstract CeGraphAppFactory CreateFactory();

    /// <summary>Two reviewers (six writers) distribute each of twelve activities at the same moment.</summary>
    protected async Task RaceReviewersAsync()
    {
        using var factory = CreateFactory();
        factory.StartKestrel();
        using var admin = Client(factory, TestKeys.Admin);
        var facts = await CatalogFacts.ReadAsync(admin);
        var reviewers = new[] { await TestKeys.CreateAsync(admin, "REVIEWER"), await TestKeys.CreateAsync(admin, "REVIEWER") };
        const int activities = 12;
        const int writersPerActivity = 6;
        var saved = 0;
        var refused = 0;

        for (var a = 0; a < activities; a++)
        {
            var code = $"HARDEN-RACE-{a:00}";
            await SubmitAsync(admin, code, facts.SponsorCode, credits: 4m);
            var proposals = Enumerable.Range(0, writersPerActivity).Select(w => Proposal(facts, a, w)).ToArray();
            using var gate = new SemaphoreSlim(0, writersPerActivity);
            var tasks = proposals.Select(async (lines, w) =>
            {
                using var reviewer = Client(factory, reviewers[w % 2]);
                await gate.WaitAsync();
                return (Lines: lines, Response: await reviewer.PostAsync(Assign, new { input = new { activityCode = code, disciplineCode = facts.DisciplineCode, kind = facts.Kind, lines } }));
            }).ToArray();
            gate.Release(writersPerActivity);
            var results = await Task.WhenAll(tasks);

            var succeeded = new List<IReadOnlyList<Line>>();
            foreach (var (lines, response) in results)
            {
                Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null, response.Pretty);
                var payload = response.Json!["data"]!["assignCreditDistribution"]!;
                var errors = TestKeys.Errors(payload);
                if (errors.Count == 0)
                {
                    succeeded.Add(ReadLines(payload["distribution"]!));
                    Assert.Equal(Normalize(lines), succeeded[^1]);
                    saved++;
                }
                else
                {
                    Assert.True(errors.Count == 1 && errors[0]!["__typename"]!.GetValue<string>() == "ConcurrentUpdateError", payload.ToJsonString());
                    refused++;
                }
            }

            Assert.NotEmpty(succeeded);
            var stored = await admin.DataAsync(
                "query($code: String!, $d: String!, $k: OutlineKind!) { activity(code: $code) { status distributions { id } distribution(disciplineCode: $d, kind: $k) { totalCredits lines { category { code } credits } } } }",
                new { code, d = facts.DisciplineCode, k = facts.Kind });
            var activity = stored["activity"]!;
            Assert.Equal("DISTRIBUTED", activity["status"]!.GetValue<string>());
            Assert.Single(activity["distributions"]!.AsArray());
            var final = ReadLines(activity["distribution"]!);
            Assert.Contains(succeeded, s => s.SequenceEqual(final));
            Assert.Equal(final.Sum(l => l.Credits), decimal.Parse(activity["distribution"]!["totalCredits"]!.ToString(), CultureInfo.InvariantCulture));
        }

        output.WriteLine($"{saved} distributions saved, {refused} refused as concurrent updates.");
        Assert.Equal(activities * writersPerActivity, saved + refused);
        AssertNoServerErrors(factory);
    }

    /// <summary>Two hundred evaluateRequirement calls released at once.</summary>
    protected async Task EvaluateConcurrentlyAsync()
    {
        using var factory = CreateFactory();
        factory.StartKestrel();
        using var admin = Client(factory, TestKeys.Admin);
        var facts = await CatalogFacts.ReadAsync(admin);
        var partner = await TestKeys.CreateAsync(admin, "PARTNER");
        var completions = (await admin.DataAsync("{ activities(first: 20, where: { status: { eq: DISTRIBUTED } }) { nodes { code approvedOn } } }"))["activities"]!["nodes"]!
            .AsArray().Select(n => new { activityCode = n!["code"]!.GetValue<string>(), completedOn = n["approvedOn"]!.GetValue<string>() }).ToArray();
        var before = await CountFulfillmentChecksAsync(factory);
        const int calls = 200;

        using var gate = new SemaphoreSlim(0, calls);
        var tasks = Enumerable.Range(0, calls).Select(async i =>
        {
            using var client = Client(factory, partner);
            await gate.WaitAsync();
            return await client.PostAsync(Evaluate, new { input = new { requirementId = facts.RequirementId, completions = completions.Take(1 + (i % completions.Length)).ToArray() } });
        }).ToArray();
        gate.Release(calls);
        var responses = await Task.WhenAll(tasks);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null, response.Pretty);
            var payload = response.Json!["data"]!["evaluateRequirement"]!;
            Assert.True(TestKeys.Errors(payload).Count == 0, payload.ToJsonString());
            Assert.True(ids.Add(payload["check"]!["id"]!.GetValue<string>()), "two calls got the same check id");
        }

        Assert.Equal(calls, ids.Count);
        Assert.Equal(before + calls, await CountFulfillmentChecksAsync(factory));
        using var reader = Client(factory, partner);
        foreach (var id in ids.Take(20))
        {
            var check = await reader.DataAsync("query($id: ID!) { fulfillmentCheck(id: $id) { id } }", new { id });
            Assert.Equal(id, check["fulfillmentCheck"]!["id"]!.GetValue<string>());
        }

        AssertNoServerErrors(factory);
    }

    protected static GraphQLClient Client(CeGraphAppFactory factory, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateGraphQLClient();
        client.Http.Timeout = TimeSpan.FromSeconds(60);
        client.ApiKey = apiKey;
        return client;
    }

    /// <summary>Rows in FulfillmentChecks, counted with the application's own context (any provider).</summary>
    private static async Task<long> CountFulfillmentChecksAsync(CeGraphAppFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>().CreateDbContextAsync();
        return await db.FulfillmentChecks.LongCountAsync();
    }

    /// <summary>
    /// Nothing unexpected was logged. EF Core's own command log is left out: on PostgreSQL the losing insert of a race is a
    /// failed command (unique index), which EF logs at Error before the handler turns it into ConcurrentUpdateError.
    /// </summary>
    private static void AssertNoServerErrors(CeGraphAppFactory factory)
    {
        var errors = factory.Logs.Errors.Where(e => !e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private static async Task SubmitAsync(GraphQLClient admin, string code, string sponsorCode, decimal credits)
    {
        var data = await admin.DataAsync(
            "mutation($input: SubmitActivityInput!) { submitActivity(input: $input) { activity { code } errors { code message } } }",
            new { input = new { code, title = $"Hardening race {code}", sponsorCode, credits, ceCategory = "A", approvedOn = "2025-01-15" } });
        Assert.True(TestKeys.Errors(data["submitActivity"]!).Count == 0, data.ToJsonString());
    }

    /// <summary>Writer <paramref name="writer"/>'s lines: a different set of categories and credits each, adding up to at most 4.</summary>
    private static Line[] Proposal(CatalogFacts facts, int activity, int writer)
    {
        var count = 1 + (writer % 3);
        return [.. Enumerable.Range(0, count).Select(i => new Line(
            facts.CategoryCodes[(activity * 7 + writer * 3 + i) % facts.CategoryCodes.Count],
            0.25m * (1 + ((writer + i) % 4))))];
    }

    private static List<Line> ReadLines(JsonNode distribution) =>
        Normalize(distribution["lines"]!.AsArray().Select(l => new Line(
            l!["category"]!["code"]!.GetValue<string>(), decimal.Parse(l["credits"]!.ToString(), CultureInfo.InvariantCulture))));

    private static List<Line> Normalize(IEnumerable<Line> lines) => [.. lines.OrderBy(l => l.CategoryCode, StringComparer.Ordinal)];

    /// <summary>One distribution line as sent (camel-cased by the JSON writer to match the input fields) and as read back.</summary>
    public sealed record Line(string CategoryCode, decimal Credits);
}
