using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using Microsoft.Extensions.Configuration;

namespace CeGraph.Api.Tests.Planning;

/// <summary>The CP-SAT solver's contract: statuses, the lexicographic objective, the time limit and its settings.</summary>
public sealed class CpSatPlanSolverTests
{
    [Fact]
    public void NoTimeAtAll_ReturnsTheBestPlanKnown_NotCalledOptimal()
    {
        var solver = new CpSatPlanSolver(PlanningSettings.Default with { SolverTimeLimit = TimeSpan.Zero });
        for (var seed = 0; seed < 20; seed++)
        {
            var input = PlannerCases.Create(seed, 200, 250) with { MaxActivities = null };
            var plan = FulfillmentPlanner.Plan(input, solver);
            if (plan.Status == PlanStatus.AlreadyFulfilled)
            {
                continue;
            }

            Assert.Equal(PlanStatus.Planned, plan.Status);
            Assert.False(plan.Optimal, $"seed {seed}: {plan.Statistics.SolverStatus}");
            Assert.NotEqual(PlanSolverStatus.Optimal, plan.Statistics.SolverStatus);
            Assert.True(plan.Check.Fulfilled);
        }
    }

    [Fact]
    public void ProvenInfeasible_IsReportedAsSuch()
    {
        var input = PlannerCases.Create(3, 60, 60);
        var current = RequirementEvaluator.Evaluate(input.Current);
        var candidates = CandidateBuilder.Build(input.Current, input.Catalog);
        var deficits = current.Rules.Select(r => r.Remaining.Hundredths + 1_000_000).ToArray();

        var result = new CpSatPlanSolver(PlanningSettings.Default).Solve(new PlanSearch(deficits, candidates, PlanObjective.MinCredits, null, []));

        Assert.Equal(PlanSolverStatus.Infeasible, result.Status);
        Assert.Empty(result.Chosen);
    }

    [Theory]
    [InlineData(PlanObjective.MinCredits)]
    [InlineData(PlanObjective.MinActivities)]
    public void Weights_MakeTheObjectiveLexicographic(PlanObjective objective)
    {
        var input = PlannerCases.Create(5, 60, 60);
        var candidates = CandidateBuilder.Build(input.Current, input.Catalog);
        var search = new PlanSearch([100], candidates, objective, null, []);
        var weights = CpSatPlanSolver.Weights(search);

        // Any two choices compare by the weighted sum exactly as their PlanCost does.
        var random = new Random(1);
        for (var trial = 0; trial < 2000; trial++)
        {
#pragma warning disable CA5394 // Test data.
            var a = candidates.Select((_, i) => i).Where(_ => random.Next(10) == 0).ToArray();
            var b = candidates.Select((_, i) => i).Where(_ => random.Next(10) == 0).ToArray();
#pragma warning restore CA5394
            var byWeights = a.Sum(i => weights[i]).CompareTo(b.Sum(i => weights[i]));
            Assert.Equal(Math.Sign(search.CostOf(a).CompareTo(search.CostOf(b))), Math.Sign(byWeights));
        }
    }

    [Fact]
    public void Settings_ComeFromConfiguration_WithSafeDefaults()
    {
        var configured = PlanningSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Planning:SolverTimeLimitSeconds"] = "0.5",
            ["Planning:SolverWorkers"] = "2",
            ["Planning:PoolCap"] = "500",
        }).Build());
        var defaults = PlanningSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Planning:SolverTimeLimitSeconds"] = "soon",
        }).Build());

        Assert.Equal(new PlanningSettings(TimeSpan.FromSeconds(0.5), 2, 500), configured);
        Assert.Equal(new PlanningSettings(TimeSpan.FromSeconds(2), 1, PlannerOptions.DefaultPoolCap), defaults);
    }
}
