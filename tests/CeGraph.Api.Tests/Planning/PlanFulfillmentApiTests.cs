using System.Text.Json.Nodes;
using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CeGraph.Api.Tests.Planning;

/// <summary><c>planFulfillment</c> end to end over the seeded sample catalog (SAMPLE-0001..0240), as of 2025-06-30.</summary>
public sealed class PlanFulfillmentApiTests(PlannerAppFactory factory) : IClassFixture<PlannerAppFactory>
{
    private const string AsOf = "2025-06-30";

    private const string Plan = """
        mutation Plan($input: PlanFulfillmentInput!) {
          planFulfillment(input: $input) {
            plan {
              status objective asOf optimal fulfilled alreadyFulfilled totalCredits activityCount eligibleActivityCount candidateCount
              requirement { id }
              rules { kind credits category { code } }
              activities { activity { code sponsor { code } } credits distributedCredits helps { ruleIndex credits rule { kind category { code } } } }
              check { fulfilled asOf countedCredits ignored { activityCode reason }
                      rules { required earned remaining satisfied rule { kind } contributions { activity { code } category { code } credits } } }
              shortfalls { ruleIndex reason required earned attainable shortBy minimumActivities message rule { kind category { code } } }
            }
            errors { __typename code message path }
          }
        }
        """;

    [Fact]
    public async Task StructuredEducation_FromNothing_IsPlannedOptimally_AndNothingIsStored()
    {
        var before = await CountsAsync();
        var plan = await PlanAsync(new { requirementId = await factory.CtStructuredEducationIdAsync(), completions = Array.Empty<object>(), asOf = AsOf });

        Assert.Equal("PLANNED", plan["status"]!.GetValue<string>());
        Assert.Equal("MIN_CREDITS", plan["objective"]!.GetValue<string>());
        Assert.True(plan["optimal"]!.GetValue<bool>());
        Assert.True(plan["fulfilled"]!.GetValue<bool>());
        Assert.False(plan["alreadyFulfilled"]!.GetValue<bool>());
        Assert.NotNull(plan["requirement"]);
        var activities = plan["activities"]!.AsArray();
        Assert.NotEmpty(activities);
        Assert.Equal(activities.Count, plan["activityCount"]!.GetValue<int>());
        Assert.Equal(activities.Sum(a => a!["credits"]!.GetValue<decimal>()), plan["totalCredits"]!.GetValue<decimal>());
        Assert.True(plan["totalCredits"]!.GetValue<decimal>() >= 16m);
        Assert.All(activities, a => Assert.NotEmpty(a!["helps"]!.AsArray()));
        Assert.True(plan["candidateCount"]!.GetValue<int>() <= plan["eligibleActivityCount"]!.GetValue<int>());

        var check = plan["check"]!;
        Assert.True(check["fulfilled"]!.GetValue<bool>());
        Assert.Equal(AsOf, check["asOf"]!.GetValue<string>());
        Assert.All(check["rules"]!.AsArray(), r => Assert.True(r!["satisfied"]!.GetValue<bool>()));
        var planned = activities.Select(a => a!["activity"]!["code"]!.GetValue<string>()).ToHashSet();
        var counted = check["rules"]![0]!["contributions"]!.AsArray().Select(c => c!["activity"]!["code"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(planned, counted);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Objectives_EachWinOnTheirOwnMeasure()
    {
        var id = await factory.CtStructuredEducationIdAsync();
        var cheapest = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, objective = "MIN_CREDITS" });
        var fewest = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, objective = "MIN_ACTIVITIES" });

        Assert.Equal("MIN_ACTIVITIES", fewest["objective"]!.GetValue<string>());
        Assert.True(fewest["activityCount"]!.GetValue<int>() <= cheapest["activityCount"]!.GetValue<int>());
        Assert.True(cheapest["totalCredits"]!.GetValue<decimal>() <= fewest["totalCredits"]!.GetValue<decimal>());
        Assert.True(fewest["fulfilled"]!.GetValue<bool>() && fewest["optimal"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PlannedActivities_GivenAsCompletions_AlreadyFulfil_AndNothingIsAdded()
    {
        var id = await factory.CtStructuredEducationIdAsync();
        var plan = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf });
        var completions = plan["activities"]!.AsArray().Select(a => new { activityCode = a!["activity"]!["code"]!.GetValue<string>(), completedOn = "2025-05-01" }).ToArray();

        var again = await PlanAsync(new { requirementId = id, completions, asOf = AsOf });

        Assert.Equal("ALREADY_FULFILLED", again["status"]!.GetValue<string>());
        Assert.Empty(again["activities"]!.AsArray());
        Assert.True(again["alreadyFulfilled"]!.GetValue<bool>());
        Assert.True(again["fulfilled"]!.GetValue<bool>());
        Assert.True(again["optimal"]!.GetValue<bool>());
        Assert.Equal("0.00", again["totalCredits"]!.ToJsonString());
    }

    [Fact]
    public async Task PartOfThePlanCompleted_OnlyTheRestIsPlanned_NeverACompletedActivity()
    {
        var id = await factory.CtStructuredEducationIdAsync();
        var full = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, objective = "MIN_CREDITS" });
        var first = full["activities"]![0]!["activity"]!["code"]!.GetValue<string>();
        var completions = new object[] { new { activityCode = first, completedOn = "2025-05-01" }, new { activityCode = "SAMPLE-0003", completedOn = "2020-01-01" } };

        var rest = await PlanAsync(new { requirementId = id, completions, asOf = AsOf });

        var codes = rest["activities"]!.AsArray().Select(a => a!["activity"]!["code"]!.GetValue<string>()).ToArray();
        Assert.DoesNotContain(first, codes);
        Assert.DoesNotContain("SAMPLE-0003", codes);
        Assert.True(rest["fulfilled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InlinePrescription_IsPlanned_ButNeverSaved()
    {
        var subcategories = await factory.BestCoveredCqrSubcategoriesAsync(4);
        var before = await CountsAsync();

        var plan = await PlanAsync(new { prescription = Prescription("2025-01-01", "2025-12-31", [.. subcategories.Select(c => (c, 1.5m))]), completions = Array.Empty<object>(), asOf = AsOf });

        Assert.Equal("PLANNED", plan["status"]!.GetValue<string>());
        Assert.Null(plan["requirement"]);
        Assert.Equal(subcategories, plan["rules"]!.AsArray().Select(r => r!["category"]!["code"]!.GetValue<string>()));
        Assert.True(plan["fulfilled"]!.GetValue<bool>());
        Assert.All(plan["activities"]!.AsArray().SelectMany(a => a!["helps"]!.AsArray()),
            h => Assert.Equal(subcategories[h!["ruleIndex"]!.GetValue<int>()], h["rule"]!["category"]!["code"]!.GetValue<string>()));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task SponsorCodes_LimitTheActivities_AndAnUnknownOneIsATypedError()
    {
        var id = await factory.CtStructuredEducationIdAsync();
        var plan = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, sponsorCodes = new[] { "SAMPLE-NWIE", "SAMPLE-CRCE" } });
        var errors = await ErrorsAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, sponsorCodes = new[] { "SAMPLE-NWIE", "NOPE" } });

        Assert.All(plan["activities"]!.AsArray(), a => Assert.Contains(a!["activity"]!["sponsor"]!["code"]!.GetValue<string>(), (string[])["SAMPLE-NWIE", "SAMPLE-CRCE"]));
        var error = Assert.Single(errors);
        Assert.Equal(("UnknownReferenceError", "UNKNOWN_SPONSOR"), (error!["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
        Assert.Equal("[\"input\",\"sponsorCodes\",\"1\"]", error["path"]!.ToJsonString());
    }

    [Theory]
    [InlineData(new string[0], "NO_SPONSOR_CODES")]
    [InlineData(new[] { "SAMPLE-NWIE", "not a code!" }, "INVALID_CODE")]
    public async Task MalformedSponsorCodes_AreTypedErrors(string[] sponsorCodes, string code)
    {
        var errors = await ErrorsAsync(new { requirementId = await factory.CtStructuredEducationIdAsync(), completions = Array.Empty<object>(), asOf = AsOf, sponsorCodes });

        var error = Assert.Single(errors)!;
        Assert.Equal(("InvalidValueError", code), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MaxActivitiesZero_IsInfeasibleWithShortfalls_AndNegativeIsATypedError()
    {
        var id = await factory.CtStructuredEducationIdAsync();
        var plan = await PlanAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, maxActivities = 0 });
        var errors = await ErrorsAsync(new { requirementId = id, completions = Array.Empty<object>(), asOf = AsOf, maxActivities = -1 });

        Assert.Equal("INFEASIBLE", plan["status"]!.GetValue<string>());
        Assert.Empty(plan["activities"]!.AsArray());
        Assert.False(plan["fulfilled"]!.GetValue<bool>());
        var shortfalls = plan["shortfalls"]!.AsArray();
        Assert.Equal(5, shortfalls.Count); // TOTAL_CREDITS and the four major categories
        Assert.All(shortfalls, s =>
        {
            Assert.Equal("MAX_ACTIVITIES", s!["reason"]!.GetValue<string>());
            Assert.Equal(s["required"]!.GetValue<decimal>(), s["shortBy"]!.GetValue<decimal>());
            Assert.True(s["minimumActivities"]!.GetValue<int>() >= 1);
        });
        var error = Assert.Single(errors);
        Assert.Equal(("InvalidValueError", "INVALID_MAX_ACTIVITIES"), (error!["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnImpossiblePrescription_NamesTheRule_AndByHowMuchItFallsShort()
    {
        var subcategories = await factory.BestCoveredCqrSubcategoriesAsync(2);
        var plan = await PlanAsync(new { prescription = Prescription("2025-01-01", "2025-12-31", (subcategories[0], 1m), (subcategories[1], 900m)), completions = Array.Empty<object>(), asOf = AsOf });

        Assert.Equal("INFEASIBLE", plan["status"]!.GetValue<string>());
        Assert.True(plan["optimal"]!.GetValue<bool>());
        var shortfall = Assert.Single(plan["shortfalls"]!.AsArray())!;
        Assert.Equal(("NOT_ENOUGH_ELIGIBLE_CREDITS", 1, subcategories[1]),
            (shortfall["reason"]!.GetValue<string>(), shortfall["ruleIndex"]!.GetValue<int>(), shortfall["rule"]!["category"]!["code"]!.GetValue<string>()));
        var attainable = shortfall["attainable"]!.GetValue<decimal>();
        Assert.True(attainable > 0m);
        Assert.Equal(900m - attainable, shortfall["shortBy"]!.GetValue<decimal>());
        Assert.Contains("short", shortfall["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsOfAfterThePrescriptionWindow_NothingCanBeAdded()
    {
        var subcategories = await factory.BestCoveredCqrSubcategoriesAsync(1);
        var plan = await PlanAsync(new { prescription = Prescription("2025-01-01", "2025-03-31", (subcategories[0], 1m)), completions = Array.Empty<object>(), asOf = AsOf });

        Assert.Equal("INFEASIBLE", plan["status"]!.GetValue<string>());
        var shortfall = Assert.Single(plan["shortfalls"]!.AsArray())!;
        Assert.Equal("OUTSIDE_WINDOW", shortfall["reason"]!.GetValue<string>());
        Assert.Contains("outside the window 2025-01-01 – 2025-03-31", shortfall["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsUnauthenticated_AndBothTargets_IsATypedError()
    {
        using var anonymous = factory.CreateGraphQLClient();
        var denied = await anonymous.PostAsync(Plan, new { input = new { requirementId = "x", completions = Array.Empty<object>() } });
        var errors = await ErrorsAsync(new { requirementId = await factory.CtStructuredEducationIdAsync(), prescription = Prescription("2025-01-01", "2025-12-31", ("PC.1", 1m)), completions = Array.Empty<object>() });

        Assert.Equal("UNAUTHENTICATED", denied.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("REQUIREMENT_TARGET", Assert.Single(errors)!["code"]!.GetValue<string>());
    }

    private static object Prescription(string issuedOn, string dueOn, params (string Category, decimal Credits)[] items) =>
        new { disciplineCode = "CT", issuedOn, dueOn, items = items.Select(i => new { categoryCode = i.Category, credits = i.Credits }).ToArray() };

    private async Task<JsonNode> PlanAsync(object input)
    {
        using var client = await factory.PartnerAsync();
        var payload = (await client.DataAsync(Plan, new { input }))["planFulfillment"]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["plan"]!;
    }

    private async Task<JsonArray> ErrorsAsync(object input)
    {
        using var client = await factory.PartnerAsync();
        var payload = (await client.DataAsync(Plan, new { input }))["planFulfillment"]!;
        Assert.Null(payload["plan"]);
        return payload["errors"]!.AsArray();
    }

    private async Task<(int Checks, int Requirements)> CountsAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>().CreateDbContextAsync();
        return (await db.FulfillmentChecks.CountAsync(), await db.Requirements.CountAsync());
    }
}
