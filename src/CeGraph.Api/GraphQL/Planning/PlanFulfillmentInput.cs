using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Domain.Planning;

namespace CeGraph.Api.GraphQL.Planning;

/// <summary>What <c>planFulfillment</c> plans for: the <c>evaluateRequirement</c> fields, plus the objective and the limits.</summary>
public sealed class PlanFulfillmentInput : EvaluateRequirementInput
{
    public const int MaxSponsorCodes = 100;

    public PlanObjective Objective { get; set; } = PlanObjective.MinCredits;

    public List<string>? SponsorCodes { get; set; }

    public int? MaxActivities { get; set; }
}
