namespace CeGraph.Domain.Planning;

/// <summary>How a solver's search ended.</summary>
public enum PlanSolverStatus
{
    /// <summary>The choice is proven optimal.</summary>
    Optimal,

    /// <summary>The choice is feasible but not proven optimal (for example the time limit was reached).</summary>
    Feasible,

    /// <summary>It is proven that no choice is feasible.</summary>
    Infeasible,

    /// <summary>No feasible choice was found, and none was proven impossible (for example the time limit was reached first).</summary>
    Unknown,
}
