using CeGraph.Api.GraphQL.Requirements;
using CeGraph.Domain.Planning;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlanFulfillmentInputGraphType : InputObjectGraphType<PlanFulfillmentInput>
{
    public PlanFulfillmentInputGraphType()
    {
        Name = "PlanFulfillmentInput";
        Description = "What to plan for: a stored requirement (`requirementId`) or an inline `prescription` — exactly one — given the completed activities, "
            + "and how to choose the activities to add.";
        RequirementTargetFields.Add(this);
        Field<PlanObjectiveGraphType>("objective").DefaultValue(PlanObjective.MinCredits)
            .Description("What the plan minimises; default MIN_CREDITS.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sponsorCodes")
            .Description($"Only add activities of these sponsors (at most {PlanFulfillmentInput.MaxSponsorCodes} codes); default: any sponsor.");
        Field<IntGraphType>("maxActivities")
            .Description("The most activities the plan may add (0 or more; 0 means: only report whether the completions already fulfil the requirement). Default: no bound.");
    }
}
