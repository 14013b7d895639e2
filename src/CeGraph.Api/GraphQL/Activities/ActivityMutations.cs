using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityMutations(SubmitActivityHandler submit, RejectActivityHandler reject) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<SubmitActivityPayloadGraphType>>("submitActivity")
            .Description("Submits a new activity for review (SPONSOR for its own sponsor, or ADMIN).")
            .Argument<NonNullGraphType<SubmitActivityInputGraphType>>(MutationResolution.InputArgument, "The activity.")
            .ResolveMutation<SubmitActivityInput, Activity>(ApiRole.Sponsor, submit.HandleAsync);
        mutation.Field<NonNullGraphType<RejectActivityPayloadGraphType>>("rejectActivity")
            .Description("Rejects an activity (REVIEWER or ADMIN). A rejected activity never counts toward a requirement.")
            .Argument<NonNullGraphType<RejectActivityInputGraphType>>(MutationResolution.InputArgument, "The activity and the reason.")
            .ResolveMutation<RejectActivityInput, Activity>(ApiRole.Reviewer, reject.HandleAsync);
    }
}
