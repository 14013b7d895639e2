namespace CeGraph.Domain.Planning;

/// <summary>
/// Limits of the planner. <paramref name="PoolCap"/>: the most candidates handed to the solver; past it the heuristic cap of
/// <see cref="CandidatePruner"/> applies (and the plan is no longer called optimal).
/// </summary>
public sealed record PlannerOptions(int PoolCap)
{
    public const int DefaultPoolCap = 3000;

    public static PlannerOptions Default { get; } = new(DefaultPoolCap);
}
