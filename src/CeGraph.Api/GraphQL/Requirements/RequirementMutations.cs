using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementMutations(IssueCqrPrescriptionHandler issue, EvaluateRequirementHandler evaluate) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<IssueCqrPrescriptionPayloadGraphType>>("issueCqrPrescription")
            .Description("Issues a CQR prescription for a learner (REVIEWER or ADMIN): a requirement on subcategories of the discipline's CQR outline.")
            .Argument<NonNullGraphType<IssueCqrPrescriptionInputGraphType>>(MutationResolution.InputArgument, "The prescription.")
            .ResolveMutation<IssueCqrPrescriptionInput, Requirement>(ApiRole.Reviewer, issue.HandleAsync);
        mutation.Field<NonNullGraphType<EvaluateRequirementPayloadGraphType>>("evaluateRequirement")
            .Description("Evaluates completed activities against a requirement or an inline prescription (PARTNER and above), and stores the check as an immutable audit record.")
            .Argument<NonNullGraphType<EvaluateRequirementInputGraphType>>(MutationResolution.InputArgument, "What to evaluate.")
            .ResolveMutation<EvaluateRequirementInput, FulfillmentCheckView>(ApiRole.Partner, evaluate.HandleAsync);
    }
}
