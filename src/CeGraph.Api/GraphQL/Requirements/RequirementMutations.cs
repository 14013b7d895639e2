using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RequirementMutations(IssueCqrPrescriptionHandler issue, EvaluateRequirementHandler evaluate) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<IssueCqrPrescriptionPayloadGraphType>>("issueCqrPrescription")
            .Description("Issues a CQR prescription for a learner (REVIEWER or ADMIN): a requirement on subcategories of the discipline's CQR outline.")
            .Argument<NonNullGraphType<IssueCqrPrescriptionInputGraphType>>("input", "The prescription.")
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Require(ApiRole.Reviewer);
                return await issue.HandleAsync(caller, ctx.GetArgument<IssueCqrPrescriptionInput>("input"), ctx.CancellationToken);
            });
        mutation.Field<NonNullGraphType<EvaluateRequirementPayloadGraphType>>("evaluateRequirement")
            .Description("Evaluates completed activities against a requirement or an inline prescription (PARTNER and above), and stores the check as an immutable audit record.")
            .Argument<NonNullGraphType<EvaluateRequirementInputGraphType>>("input", "What to evaluate.")
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Require(ApiRole.Partner);
                return await evaluate.HandleAsync(caller, ctx.GetArgument<EvaluateRequirementInput>("input"), ctx.CancellationToken);
            });
    }
}
