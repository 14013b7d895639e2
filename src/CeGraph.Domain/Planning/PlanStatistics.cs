namespace CeGraph.Domain.Planning;

/// <summary>
/// How a plan was searched: <paramref name="EligibleActivities"/> passed the screen, <paramref name="Candidates"/> remained after
/// pruning (<paramref name="ExactPool"/> false when the heuristic cap applied), what the solver reported, and the greedy baseline's
/// cost (null when it found no plan within the bound).
/// </summary>
public sealed record PlanStatistics(
    int EligibleActivities,
    int Candidates,
    bool ExactPool,
    PlanSolverStatus? SolverStatus,
    PlanCost? GreedyCost)
{
    public static PlanStatistics None { get; } = new(0, 0, true, null, null);
}
