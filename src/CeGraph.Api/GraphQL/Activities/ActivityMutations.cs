using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityMutations(SubmitActivityHandler submit, RejectActivityHandler reject) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<SubmitActivityPayloadGraphType>>("submitActivity")
            .Description("Submits a new activity for review (SPONSOR for its own sponsor, or ADMIN).")
            .Argument<NonNullGraphType<SubmitActivityInputGraphType>>("input", "The activity.")
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Require(ApiRole.Sponsor);
                return await submit.HandleAsync(caller, ctx.GetArgument<SubmitActivityInput>("input"), ctx.CancellationToken);
            });
        mutation.Field<NonNullGraphType<RejectActivityPayloadGraphType>>("rejectActivity")
            .Description("Rejects an activity (REVIEWER or ADMIN). A rejected activity never counts toward a requirement.")
            .Argument<NonNullGraphType<RejectActivityInputGraphType>>("input", "The activity and the reason.")
            .ResolveAsync(async ctx =>
            {
                ctx.Require(ApiRole.Reviewer);
                return await reject.HandleAsync(ctx.GetArgument<RejectActivityInput>("input"), ctx.CancellationToken);
            });
    }
}
