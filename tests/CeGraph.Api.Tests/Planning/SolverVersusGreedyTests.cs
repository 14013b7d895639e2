using System.Globalization;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;
using Xunit.Abstractions;

namespace CeGraph.Api.Tests.Planning;

/// <summary>
/// The CP-SAT planner against the greedy baseline on 150 seeded <see cref="PlannerCases"/> (40 to 250 activities each): never
/// worse, every plan fulfils the requirement when re-evaluated by the engine, and how much better it is on average (printed).
/// On small cases, its optimum is also checked against brute force.
/// </summary>
public sealed class SolverVersusGreedyTests(ITestOutputHelper output)
{
    private static readonly CpSatPlanSolver Solver = new(PlanningSettings.Default);

    [Fact]
    public void Solver_IsNeverWorseThanGreedy_AndEveryPlanFulfils()
    {
        var rows = new List<(PlanObjective Objective, PlanCost Greedy, PlanCost Solver)>();
        var statuses = new Dictionary<PlanStatus, int>();
        var notOptimal = 0;
        var onlySolver = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var input = PlannerCases.Create(seed);
            var plan = FulfillmentPlanner.Plan(input, Solver);
            statuses[plan.Status] = statuses.GetValueOrDefault(plan.Status) + 1;
            var current = RequirementEvaluator.Evaluate(input.Current);
            var search = new PlanSearch([.. current.Rules.Select(r => r.Remaining.Hundredths)], CandidateBuilder.Build(input.Current, input.Catalog), input.Objective, input.MaxActivities, []);
            var greedy = current.Fulfilled ? null : GreedyPlanner.Instance.Solve(search);
            if (greedy?.HasSolution == true)
            {
                Assert.True(plan.Status == PlanStatus.Planned, $"seed {seed}: greedy found a plan, the planner says {plan.Status}");
                var greedyCost = search.CostOf(greedy.Chosen);
                Assert.True(plan.Cost <= greedyCost, $"seed {seed}: solver {plan.Cost} is worse than greedy {greedyCost}");
                rows.Add((input.Objective, greedyCost, plan.Cost));
            }

            else if (plan.Status == PlanStatus.Planned && !current.Fulfilled)
            {
                onlySolver++; // greedy's plan broke maxActivities; the solver found one within it
            }

            if (plan.Status == PlanStatus.Planned)
            {
                Assert.True(plan.Check.Fulfilled, $"seed {seed}");
                Assert.True(PlannerCases.Reevaluate(input, plan.Activities.Select(a => a.Candidate.Activity)).Fulfilled, $"seed {seed}");
                notOptimal += plan.Optimal ? 0 : 1;
            }
        }

        Assert.True(rows.Count >= 100, $"only {rows.Count} cases where greedy found a plan; statuses: {string.Join(", ", statuses)}");
        Assert.Equal(0, notOptimal);
        output.WriteLine($"{rows.Count} cases with a greedy plan (statuses over 150: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))})");
        output.WriteLine($"Cases with maxActivities where only the solver found a plan within the bound: {onlySolver}.");
        Report(rows.Where(r => r.Objective == PlanObjective.MinCredits).ToList(), "MIN_CREDITS");
        Report(rows.Where(r => r.Objective == PlanObjective.MinActivities).ToList(), "MIN_ACTIVITIES");
    }

    [Fact]
    public void Solver_MatchesBruteForce_OnSmallCases()
    {
        var compared = 0;
        for (var seed = 1000; seed < 1150; seed++)
        {
            var input = PlannerCases.Create(seed, 8, 16);
            var current = RequirementEvaluator.Evaluate(input.Current);
            var search = new PlanSearch([.. current.Rules.Select(r => r.Remaining.Hundredths)], CandidateBuilder.Build(input.Current, input.Catalog), input.Objective, input.MaxActivities, []);
            if (current.Fulfilled || search.Candidates.Count > 16)
            {
                continue;
            }

            var plan = FulfillmentPlanner.Plan(input, Solver);
            var best = BruteForce(search);
            Assert.Equal(best is null, plan.Status != PlanStatus.Planned);
            Assert.True(plan.Optimal, $"seed {seed}");
            if (best is not null)
            {
                Assert.Equal(search.CostOf(best), plan.Cost);
                compared++;
            }
        }

        Assert.True(compared >= 40, $"only {compared} small cases had a plan");
        output.WriteLine($"{compared} small cases: CP-SAT's plan cost equals the brute-force optimum in every one.");
    }

    private void Report(List<(PlanObjective Objective, PlanCost Greedy, PlanCost Solver)> rows, string name)
    {
        if (rows.Count == 0)
        {
            return;
        }

        double Credits(PlanCost c) => (double)c.Credits.ToDecimal();
        double Relative(Func<PlanCost, double> measure) =>
            rows.Average(r => measure(r.Greedy) == 0 ? 0 : (measure(r.Greedy) - measure(r.Solver)) / measure(r.Greedy));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {rows.Count} cases; solver strictly better (objective with its tie-break) in {rows.Count(r => r.Solver < r.Greedy)}, "
            + $"strictly better on the primary measure in {rows.Count(r => name == "MIN_CREDITS" ? r.Solver.Credits < r.Greedy.Credits : r.Solver.Activities < r.Greedy.Activities)}. "
            + $"Credits: greedy {rows.Average(r => Credits(r.Greedy)):0.00}, solver {rows.Average(r => Credits(r.Solver)):0.00} on average ({Relative(Credits):P1} less per case); "
            + $"activities: greedy {rows.Average(r => r.Greedy.Activities):0.00}, solver {rows.Average(r => r.Solver.Activities):0.00} ({Relative(c => c.Activities):P1} fewer per case)."));
    }

    private static int[]? BruteForce(PlanSearch search)
    {
        int[]? best = null;
        for (var mask = 0; mask < 1 << search.Candidates.Count; mask++)
        {
            var chosen = Enumerable.Range(0, search.Candidates.Count).Where(i => (mask & (1 << i)) != 0).ToArray();
            if (search.IsFeasible(chosen) && (best is null || search.CostOf(chosen) < search.CostOf(best)))
            {
                best = chosen;
            }
        }

        return best;
    }
}
