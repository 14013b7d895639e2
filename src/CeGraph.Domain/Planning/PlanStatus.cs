namespace CeGraph.Domain.Planning;

/// <summary>What a fulfillment plan found.</summary>
public enum PlanStatus
{
    /// <summary>The completions already fulfil the requirement: nothing needs to be added.</summary>
    AlreadyFulfilled,

    /// <summary>Adding the planned activities fulfils the requirement.</summary>
    Planned,

    /// <summary>No choice of eligible activities fulfils the requirement (within the bound on activities, when given): proven.</summary>
    Infeasible,

    /// <summary>The solver ran out of time before it found a plan within the bound on activities, and could not prove there is none.</summary>
    NotFound,
}
