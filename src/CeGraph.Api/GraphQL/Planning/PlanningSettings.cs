using System.Globalization;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>
/// The planner's settings: <c>Planning:SolverTimeLimitSeconds</c> (default 2; on time-out the best plan found is returned with
/// <c>optimal: false</c>), <c>Planning:SolverWorkers</c> (CP-SAT search workers, default 1: deterministic plans, and the host has
/// few cores), and <c>Planning:PoolCap</c> (the most candidates handed to the solver, default 3000).
/// </summary>
public sealed record PlanningSettings(TimeSpan SolverTimeLimit, int SolverWorkers, int PoolCap)
{
    public static PlanningSettings Default { get; } = new(TimeSpan.FromSeconds(2), 1, PlannerOptions.DefaultPoolCap);

    public PlannerOptions PlannerOptions => new(PoolCap);

    public static PlanningSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seconds = Read(configuration, "Planning:SolverTimeLimitSeconds", Default.SolverTimeLimit.TotalSeconds);
        var workers = (int)Read(configuration, "Planning:SolverWorkers", Default.SolverWorkers);
        var cap = (int)Read(configuration, "Planning:PoolCap", Default.PoolCap);
        return new PlanningSettings(
            TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 600)),
            Math.Clamp(workers, 1, 64),
            Math.Max(1, cap));
    }

    private static double Read(IConfiguration configuration, string key, double fallback) =>
        double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : fallback;
}
