using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlanningMutations(PlanFulfillmentHandler plan) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<PlanFulfillmentPayloadGraphType>>("planFulfillment")
            .Description("Plans which eligible activities to add to the completions so that a requirement or an inline prescription becomes fulfilled, "
                + "minimising credits or activities (PARTNER and above). Stores nothing; an inline prescription is not saved.")
            .Argument<NonNullGraphType<PlanFulfillmentInputGraphType>>(MutationResolution.InputArgument, "What to plan for, and how.")
            .ResolveMutation<PlanFulfillmentInput, FulfillmentPlanView>(ApiRole.Partner, plan.HandleAsync);
    }
}
