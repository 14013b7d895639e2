namespace CeGraph.Domain.Planning;

/// <summary>
/// What a fulfillment plan minimises. Both are lexicographic: the second measure only breaks ties of the first.
/// "Credits" are the planned activities' own credits (what the learner has to take), not only the distributed part.
/// </summary>
public enum PlanObjective
{
    /// <summary>The fewest credits in total; among plans with equally few credits, the fewest activities.</summary>
    MinCredits,

    /// <summary>The fewest activities; among plans with equally few activities, the fewest credits.</summary>
    MinActivities,
}
