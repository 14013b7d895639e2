namespace CeGraph.Domain.Planning;

/// <summary>Solves a <see cref="PlanSearch"/>. The Api's CP-SAT solver is one; <see cref="GreedyPlanner"/> is the baseline.</summary>
public interface IPlanSolver
{
    PlanSolverResult Solve(PlanSearch search);
}
