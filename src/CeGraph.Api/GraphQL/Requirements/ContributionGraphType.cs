using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class ContributionGraphType : ObjectGraphType<StoredContribution>
{
    public ContributionGraphType()
    {
        Name = "Contribution";
        Description = "Credits of one activity's distribution line that count toward a rule.";
        Field<NonNullGraphType<ActivityGraphType>>("activity")
            .Description("The activity. In a stored check: as it was when the check was made (title, credits, and the distribution that counted with its lines); later changes do not show here.")
            .Resolve(ctx => ctx.Source.Activity is { } recorded ? ActivitySnapshot.From(recorded) : ActivityVisibility.Load(ctx, ctx.Source.ActivityId));
        Field<NonNullGraphType<ContentCategoryGraphType>>("category")
            .Description("The line's category (in the requirement's outline version, or in the distribution's own version when the code is not in the requirement's).")
            .Resolve(ctx => ctx.Loaders().Category(ctx.Source.CategoryId));
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The credits counted.").Resolve(ctx => ctx.Source.Credits);
        Field(c => c.InRequirementOutline).Description("False when the line's category code is not in the requirement's outline version (it then counts toward TOTAL_CREDITS only).");
    }
}
