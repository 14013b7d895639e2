using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Disciplines;
using CeGraph.Api.GraphQL.Outlines;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Distributions;

public sealed class CreditDistributionGraphType : ObjectGraphType<CreditDistribution>
{
    public CreditDistributionGraphType()
    {
        Name = "CreditDistribution";
        Description = "How a reviewer divided an activity's credits among one discipline's outline categories. Credits not distributed to a discipline do not count for it. Visible exactly when its activity is.";
        this.ImplementNode("CreditDistribution", d => d.Id);
        Field<NonNullGraphType<ActivityGraphType>>("activity").Description("The distributed activity.")
            .Resolve(ctx => ActivitySnapshot.RecordedOwnerOf(ctx.Source) is { } recorded ? recorded : ActivityVisibility.Load(ctx, ctx.Source.ActivityId));
        Field<NonNullGraphType<DisciplineGraphType>>("discipline").Description("The discipline the credits are distributed for.")
            .Resolve(ctx => ctx.Source.Discipline is { } discipline ? discipline : ctx.Loaders().DisciplineById.Load(ctx.Source.DisciplineId));
        Field<NonNullGraphType<ContentOutlineGraphType>>("outline").Description("The outline version the lines are stated against.")
            .Resolve(ctx => ctx.Loaders().FromOutline(ctx.Source.OutlineId, s => s?.Outline));
        Field<NonNullGraphType<OutlineKindGraphType>>("kind").Description("The kind of the outline.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DecimalGraphType>>("totalCredits").Description("The sum of the lines; never more than the activity's credits.")
            .Resolve(ctx => new Credits(ctx.Source.TotalHundredths).ToDecimal());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditAllocationGraphType>>>>("lines")
            .Description("The credits per category, in the order the reviewer gave them.")
            .Resolve(ctx => ctx.Source.Lines.OrderBy(l => l.Ordinal).ToArray());
        Field<NonNullGraphType<DateTimeGraphType>>("assignedAt").Description("When the distribution was assigned (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.AssignedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When the distribution last changed (UTC): assigned, replaced, or rewritten by an import.")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.UpdatedAt, DateTimeKind.Utc));
    }
}
