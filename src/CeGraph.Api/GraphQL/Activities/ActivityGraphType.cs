using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Distributions;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Api.GraphQL.Sponsors;
using CeGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Activities;

public sealed class ActivityGraphType : ObjectGraphType<Activity>
{
    public ActivityGraphType()
    {
        Name = "Activity";
        Description = "A CE activity offered by a sponsor, with the credit distributions reviewers assigned to it.";
        this.ImplementNode("Activity", a => a.Id);
        Field(a => a.Code).Description("The activity's code, unique across the catalog.");
        Field(a => a.Title).Description("The activity's title.");
        Field<NonNullGraphType<SponsorGraphType>>("sponsor").Description("The sponsor offering the activity.")
            .Resolve(ctx => ctx.Source.Sponsor is { } joined ? (object)joined : ctx.Loaders().SponsorById.Load(ctx.Source.SponsorId)); // joined by the activity's own read
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The CE credits the activity carries (exact decimal).")
            .Resolve(ctx => ctx.Source.Credits.ToDecimal());
        Field<NonNullGraphType<CeCategoryGraphType>>("ceCategory").Description("The CE category of the approval.").Resolve(ctx => ctx.Source.CeCategory);
        Field<NonNullGraphType<ActivityStatusGraphType>>("status").Description("Where the activity is in review.").Resolve(ctx => ctx.Source.Status);
        Field<IsoDateGraphType>("approvedOn").Description("The day the activity's CE approval started.").Resolve(ctx => ctx.Source.ApprovedOn);
        Field<IsoDateGraphType>("expiresOn").Description("The last day completions count (the approval's expiry); null when it does not expire.")
            .Resolve(ctx => ctx.Source.ExpiresOn);
        Field(a => a.RejectionReason, nullable: true).Description("Why a reviewer rejected the activity; null unless REJECTED.");
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When the activity or one of its distributions last changed (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.UpdatedAt, DateTimeKind.Utc));
        Field(a => a.IsSample).Description("True for the generated sample catalog (not real activities).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditDistributionGraphType>>>>("distributions")
            .Description("The activity's credit distributions, one per discipline and outline kind, ordered by discipline code then kind.")
            .Resolve(ctx => ActivitySnapshot.RecordedDistributionsOf(ctx.Source) is { } recorded
                ? recorded
                : ctx.Loaders().DistributionsByActivity.Load(ctx.Source.Id).Then(d => d ?? []));
        Field<CreditDistributionGraphType>("distribution")
            .Description("The activity's distribution for one discipline and outline kind, or null when it has none.")
            .Argument<NonNullGraphType<StringGraphType>>("disciplineCode", "The discipline code, e.g. `CT`.")
            .Argument<NonNullGraphType<OutlineKindGraphType>>("kind", "The outline kind.")
            .Resolve(ctx =>
            {
                var discipline = ctx.GetArgument<string>("disciplineCode");
                var kind = ctx.GetArgument<OutlineKind>("kind");
                if (ActivitySnapshot.RecordedDistributionsOf(ctx.Source) is [var recorded])
                {
                    return ctx.Loaders().DisciplineById.Load(recorded.DisciplineId).Then(d => recorded.Kind == kind && d?.Code == discipline ? recorded : null);
                }

                return ctx.Loaders().DistributionsByActivity.Load(ctx.Source.Id)
                    .Then(d => (d ?? []).FirstOrDefault(x => x.Kind == kind && x.Discipline!.Code == discipline));
            });
    }
}
