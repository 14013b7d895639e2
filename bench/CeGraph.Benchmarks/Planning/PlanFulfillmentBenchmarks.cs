using BenchmarkDotNet.Attributes;
using CeGraph.Api.GraphQL.Planning;
using CeGraph.Domain.Planning;

namespace CeGraph.Benchmarks.Planning;

/// <summary>
/// One plan over the 100,000-activity dataset (<see cref="DatasetCatalog.DefaultFolder"/>): screening the catalog, greedy,
/// pruning and CP-SAT, for each scenario and objective. The dataset is loaded once per process, outside the measurement.
/// <c>dotnet run -c Release --project bench/CeGraph.Benchmarks -- --filter '*PlanFulfillment*'</c>
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class PlanFulfillmentBenchmarks
{
    private static readonly Lazy<DatasetCatalog> Catalog = new(() => DatasetCatalog.Load(DatasetCatalog.DefaultFolder));

    private readonly CpSatPlanSolver _solver = new(PlanningSettings.Default);
    private PlanningInput? _input;

    [Params("ct-se", "ct-cqr")]
    public string Scenario { get; set; } = "ct-se";

    [Params(PlanObjective.MinCredits, PlanObjective.MinActivities)]
    public PlanObjective Objective { get; set; }

    [GlobalSetup]
    public void Setup() => _input = PlannerScenarios.ByName(Catalog.Value, Scenario, Objective);

    [Benchmark]
    public FulfillmentPlan Plan() => FulfillmentPlanner.Plan(_input!, _solver);
}
