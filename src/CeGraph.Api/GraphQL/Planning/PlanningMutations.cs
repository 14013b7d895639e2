using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
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
            .Argument<NonNullGraphType<PlanFulfillmentInputGraphType>>("input", "What to plan for, and how.")
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Require(ApiRole.Partner);
                return await plan.HandleAsync(caller, ctx.GetArgument<PlanFulfillmentInput>("input"), ctx.CancellationToken);
            });
    }
}
