using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// The planner's answer. <paramref name="Current"/> evaluates the completions as given; <paramref name="Check"/> evaluates them
/// with the planned activities added (completed on <c>asOf</c>) — the same as <paramref name="Current"/> when nothing is planned.
/// <paramref name="Optimal"/> is true when the answer is proven: the plan is optimal for the objective (or nothing was needed),
/// or it is proven that no plan exists. <paramref name="Shortfalls"/> is empty unless <paramref name="Status"/> is
/// <see cref="PlanStatus.Infeasible"/> or <see cref="PlanStatus.NotFound"/>.
/// </summary>
public sealed record FulfillmentPlan(
    PlanStatus Status,
    PlanObjective Objective,
    IReadOnlyList<PlannedActivity> Activities,
    EvaluationResult Current,
    EvaluationResult Check,
    bool Optimal,
    IReadOnlyList<RuleShortfall> Shortfalls,
    PlanStatistics Statistics)
{
    public Credits TotalCredits => Credits.Sum(Activities.Select(a => a.Credits));

    public int ActivityCount => Activities.Count;

    public PlanCost Cost => new(Objective, TotalCredits, ActivityCount);
}
