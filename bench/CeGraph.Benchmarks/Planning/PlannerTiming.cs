using System.Diagnostics;
using System.Globalization;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain.Planning;

namespace CeGraph.Benchmarks.Planning;

/// <summary>
/// A plain timing harness (no BenchmarkDotNet process per case, so it runs in seconds):
/// <c>dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-timing [runs] [dataset folder]</c>.
/// Loads the dataset once, then times <see cref="FulfillmentPlanner.Plan"/> with CP-SAT — screening the 100,000 activities,
/// greedy, pruning and the solver — for each scenario and objective, and prints p50/p90/max with what the plan found.
/// </summary>
public static class PlannerTiming
{
    public static void Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21;
        var folder = args.Length > 2 ? args[2] : DatasetCatalog.DefaultFolder;
        var load = Stopwatch.StartNew();
        var catalog = DatasetCatalog.Load(folder);
        Console.WriteLine($"Loaded {catalog.Activities.Count} activities from {folder} in {load.ElapsedMilliseconds} ms; {runs} runs per case.");
        var solver = new CpSatPlanSolver(PlanningSettings.Default);
        foreach (var name in (string[])["ct-se", "ct-cqr"])
        {
            foreach (var objective in (PlanObjective[])[PlanObjective.MinCredits, PlanObjective.MinActivities])
            {
                var input = PlannerScenarios.ByName(catalog, name, objective);
                FulfillmentPlanner.Plan(input, solver); // warm-up (JIT, native library load)
                var times = new double[runs];
                FulfillmentPlan? plan = null;
                for (var i = 0; i < runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    plan = FulfillmentPlanner.Plan(input, solver);
                    times[i] = watch.Elapsed.TotalMilliseconds;
                }

                Array.Sort(times);
                var s = plan!.Statistics;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-7} {objective,-13} p50 {times[runs / 2],7:0.0} ms  p90 {times[(int)(runs * 0.9)],7:0.0} ms  max {times[^1],7:0.0} ms | "
                    + $"{plan.Status} {plan.Cost} optimal={plan.Optimal} greedy={s.GreedyCost} eligible={s.EligibleActivities} pool={s.Candidates} exact={s.ExactPool} fulfilled={plan.Check.Fulfilled}"));
            }
        }
    }
}
