namespace CeGraph.Domain.Planning;

/// <summary>A solver's answer: its status and, for <see cref="PlanSolverStatus.Optimal"/> or <see cref="PlanSolverStatus.Feasible"/>, the chosen candidates.</summary>
public sealed record PlanSolverResult(PlanSolverStatus Status, IReadOnlyList<int> Chosen)
{
    public bool HasSolution => Status is PlanSolverStatus.Optimal or PlanSolverStatus.Feasible;

    public static PlanSolverResult None(PlanSolverStatus status) => new(status, []);
}
