using CeGraph.Api.GraphQL.Activities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Outlines;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class RuleResultGraphType : ObjectGraphType<RuleResultView>
{
    public RuleResultGraphType()
    {
        Name = "RuleResult";
        Description = "One rule's result: what it requires, what was earned, and exactly which credits make up `earned`.";
        Field<NonNullGraphType<RequirementRuleGraphType>>("rule").Description("The rule.")
            .Resolve(ctx => ctx.Loaders().RequirementById.Load(ctx.Source.RequirementId)
                .Then(r => r!.Rules.Single(rule => rule.Ordinal == ctx.Source.Result.RuleOrdinal)));
        Field<NonNullGraphType<DecimalGraphType>>("required").Description("The credits the rule requires.").Resolve(ctx => ctx.Source.Result.Required);
        Field<NonNullGraphType<DecimalGraphType>>("earned").Description("The credits counted toward the rule: the sum of `contributions`.").Resolve(ctx => ctx.Source.Result.Earned);
        Field<NonNullGraphType<DecimalGraphType>>("remaining").Description("max(0, required − earned).").Resolve(ctx => ctx.Source.Result.Remaining);
        Field<NonNullGraphType<BooleanGraphType>>("satisfied").Description("earned ≥ required.").Resolve(ctx => ctx.Source.Result.Satisfied);
        Field<StringGraphType>("detail").Description("Anything unusual about the count, e.g. lines whose category is not in the requirement's outline version.")
            .Resolve(ctx => ctx.Source.Result.Detail);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("contributions")
            .Description("The credits that make up `earned`, by activity and category.").Resolve(ctx => ctx.Source.Result.Contributions);
    }
}

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
            .Resolve(ctx => ctx.Loaders().CategoryById.Load(ctx.Source.CategoryId));
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The credits counted.").Resolve(ctx => ctx.Source.Credits);
        Field(c => c.InRequirementOutline).Description("False when the line's category code is not in the requirement's outline version (it then counts toward TOTAL_CREDITS only).");
    }
}
