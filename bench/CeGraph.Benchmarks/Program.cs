using BenchmarkDotNet.Running;
using CeGraph.Benchmarks.Planning;

// dotnet run -c Release --project bench/CeGraph.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-timing [runs] [dataset folder]
// dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-db [runs] [dataset folder]
// dotnet run -c Release --project bench/CeGraph.Benchmarks -- planner-phases [dataset folder]
if (args is ["planner-db", ..])
{
    await PlannerDatabaseTiming.RunAsync(args);
    return;
}

if (args is ["planner-phases", ..])
{
    PlannerPhases.Run(args);
    return;
}

if (args is ["planner-timing", ..])
{
    PlannerTiming.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CeGraph.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
