using System.Diagnostics;
using System.Globalization;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Planning;

namespace CeGraph.Benchmarks.Planning;

/// <summary>
/// Where a plan's time goes, phase by phase, on the full pool and on the pruned one:
/// <c>dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-phases [dataset folder]</c>.
/// </summary>
public static class PlannerPhases
{
    public static void Run(string[] args)
    {
        var catalog = DatasetCatalog.Load(args.Length > 1 ? args[1] : DatasetCatalog.DefaultFolder);
        var solver = new CpSatPlanSolver(PlanningSettings.Default);
        foreach (var name in (string[])["ct-se", "ct-cqr"])
        {
            foreach (var objective in (PlanObjective[])[PlanObjective.MinCredits, PlanObjective.MinActivities])
            {
                var input = PlannerScenarios.ByName(catalog, name, objective);
                for (var round = 0; round < 2; round++)
                {
                    var watch = Stopwatch.StartNew();
                    var current = RequirementEvaluator.Evaluate(input.Current);
                    var candidates = CandidateBuilder.Build(input.Current, input.Catalog);
                    var screen = Lap(watch);
                    var search = new PlanSearch([.. current.Rules.Select(r => r.Remaining.Hundredths)], candidates, objective, input.MaxActivities, []);
                    var greedy = GreedyPlanner.Instance.Solve(search);
                    var greedyTime = Lap(watch);
                    var plan = FulfillmentPlanner.Plan(input, solver);
                    var total = Lap(watch);
                    var full = solver.Solve(search with { Hint = greedy.Chosen });
                    var fullTime = Lap(watch);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name,-7} {objective,-13} screen {screen,6:0.0} greedy {greedyTime,6:0.0} ({search.CostOf(greedy.Chosen)}) plan {total,7:0.0} ms "
                        + $"[{plan.Cost} {plan.Status} optimal={plan.Optimal} pool={plan.Statistics.Candidates} exact={plan.Statistics.ExactPool}] "
                        + $"| unpruned CP-SAT {fullTime,7:0.0} ms {full.Status} {(full.HasSolution ? search.CostOf(full.Chosen) : default)}"));
                }
            }
        }
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}
