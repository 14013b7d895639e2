using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class DistributionMutations(AssignCreditDistributionHandler assign) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<AssignCreditDistributionPayloadGraphType>>("assignCreditDistribution")
            .Description("Assigns an activity's credit distribution for one discipline and outline kind, replacing any earlier one, and marks the activity DISTRIBUTED (REVIEWER or ADMIN).")
            .Argument<NonNullGraphType<AssignCreditDistributionInputGraphType>>("input", "The distribution.")
            .ResolveAsync(async ctx =>
            {
                ctx.Require(ApiRole.Reviewer);
                return await assign.HandleAsync(ctx.GetArgument<AssignCreditDistributionInput>("input"), ctx.CancellationToken);
            });
    }
}
