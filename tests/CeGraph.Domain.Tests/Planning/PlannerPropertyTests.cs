using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;

namespace CeGraph.Domain.Tests.Planning;

/// <summary>
/// Properties over 400 seeded <see cref="PlanningCases"/>: the pipeline (screen, bounds, pruning, solver) finds the true optimum,
/// the covering model agrees with the engine, the lower bound is a lower bound, and the greedy baseline is feasible.
/// </summary>
public sealed class PlannerPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 400)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_WithAnExactSolver_IsTheBruteForceOptimumOverEveryEligibleActivity(int seed)
    {
        var input = PlanningCases.Create(seed);
        var plan = FulfillmentPlanner.Plan(input, new ExhaustiveSolver());
        var current = RequirementEvaluator.Evaluate(input.Current);
        if (current.Fulfilled)
        {
            Assert.Equal(PlanStatus.AlreadyFulfilled, plan.Status);
            Assert.Empty(plan.Activities);
            return;
        }

        var search = FullSearch(input, current);
        var best = ExhaustiveSolver.Best(search);
        Assert.True(plan.Optimal);
        if (best is null)
        {
            Assert.Equal(PlanStatus.Infeasible, plan.Status);
            Assert.NotEmpty(plan.Shortfalls);
            Assert.Empty(plan.Activities);
            return;
        }

        Assert.Equal(PlanStatus.Planned, plan.Status);
        Assert.Equal(search.CostOf(best), plan.Cost);
        Assert.True(plan.Check.Fulfilled);
        Assert.True(Reevaluate(input, plan.Activities.Select(a => a.Candidate.Activity)).Fulfilled);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CoveringModel_AgreesWithTheEngine_OnEverySubsetOfCandidates(int seed)
    {
        var input = PlanningCases.Create(seed);
        var current = RequirementEvaluator.Evaluate(input.Current);
        var search = FullSearch(input, current) with { MaxActivities = null };
        var n = Math.Min(search.Candidates.Count, 9);
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var chosen = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToArray();
            var engine = Reevaluate(input, chosen.Select(i => search.Candidates[i].Activity));
            Assert.Equal(engine.Fulfilled, search.IsFeasible(chosen));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CreditsLowerBound_NeverExceedsTheOptimum_AndGreedyIsFeasible(int seed)
    {
        var input = PlanningCases.Create(seed);
        var search = FullSearch(input, RequirementEvaluator.Evaluate(input.Current)) with { MaxActivities = null, Objective = PlanObjective.MinCredits };
        var best = ExhaustiveSolver.Best(search);
        var greedy = GreedyPlanner.Instance.Solve(search);
        if (best is null)
        {
            Assert.Equal(PlanSolverStatus.Infeasible, greedy.Status);
            return;
        }

        Assert.True(PlanBounds.CreditsLowerBound(search) <= search.CostOf(best).Credits.Hundredths);
        Assert.Equal(PlanSolverStatus.Feasible, greedy.Status);
        Assert.True(search.IsFeasible(greedy.Chosen));
        Assert.True(search.CostOf(best) <= search.CostOf(greedy.Chosen));
    }

    [Fact]
    public void Cases_CoverEveryOutcome_WithRealChoicesToMake()
    {
        var plans = Enumerable.Range(0, 400).Select(seed => (Input: PlanningCases.Create(seed), Plan: FulfillmentPlanner.Plan(PlanningCases.Create(seed), new ExhaustiveSolver()))).ToArray();
        var byStatus = plans.GroupBy(p => p.Plan.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byStatus.GetValueOrDefault(PlanStatus.Planned) >= 200, string.Join(", ", byStatus));
        Assert.True(byStatus.GetValueOrDefault(PlanStatus.Infeasible) >= 20, string.Join(", ", byStatus));
        Assert.True(byStatus.GetValueOrDefault(PlanStatus.AlreadyFulfilled) >= 1, string.Join(", ", byStatus));
        Assert.True(plans.Count(p => p.Plan.Status == PlanStatus.Planned && p.Plan.ActivityCount >= 2) >= 75);
        Assert.Contains(plans, p => p.Plan.Shortfalls.Any(s => s.Reason == ShortfallReason.MaxActivities));
        Assert.Contains(plans, p => p.Plan.Shortfalls.Any(s => s.Reason == ShortfallReason.NotEnoughEligibleCredits));
    }

    private static PlanSearch FullSearch(PlanningInput input, EvaluationResult current) =>
        new([.. current.Rules.Select(r => r.Remaining.Hundredths)], CandidateBuilder.Build(input.Current, input.Catalog), input.Objective, input.MaxActivities, []);

    private static EvaluationResult Reevaluate(PlanningInput input, IEnumerable<ActivityFact> added)
    {
        var current = input.Current;
        var activities = new Dictionary<string, ActivityFact>(current.Activities, StringComparer.Ordinal);
        var completions = current.Completions.ToList();
        foreach (var activity in added)
        {
            activities[activity.Code] = activity;
            completions.Add(new CompletionFact(activity.Code, current.AsOf));
        }

        return RequirementEvaluator.Evaluate(current with { Completions = completions, Activities = activities });
    }
}
