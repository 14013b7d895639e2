using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>
/// A plan as the graph shows it: the planner's answer, the requirement (stored, or an unsaved inline prescription) with its rules
/// in order, and the plan's check mapped to the stored-result shape (with activity and category ids) — but never stored.
/// </summary>
public sealed record FulfillmentPlanView(
    FulfillmentPlan Plan,
    RequirementContext Requirement,
    DateOnly AsOf,
    StoredEvaluation Check,
    IReadOnlyDictionary<string, int> ActivityIdByCode)
{
    /// <summary>The stored requirement; null for an inline prescription, which planning does not store.</summary>
    public Requirement? StoredRequirement => Requirement.Requirement.Id == 0 ? null : Requirement.Requirement;

    public RequirementRule Rule(int index) => Requirement.Rules[index];
}
