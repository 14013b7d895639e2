using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class DistributionMutations(AssignCreditDistributionHandler assign) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<AssignCreditDistributionPayloadGraphType>>("assignCreditDistribution")
            .Description("Assigns an activity's credit distribution for one discipline and outline kind, replacing any earlier one, and marks the activity DISTRIBUTED (REVIEWER or ADMIN).")
            .Argument<NonNullGraphType<AssignCreditDistributionInputGraphType>>(MutationResolution.InputArgument, "The distribution.")
            .ResolveMutation<AssignCreditDistributionInput, CreditDistribution>(ApiRole.Reviewer, assign.HandleAsync);
    }
}
