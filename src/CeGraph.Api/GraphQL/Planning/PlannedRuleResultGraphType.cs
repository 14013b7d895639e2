using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed record PlannedRuleResultView(RequirementRule Rule, StoredRuleResult Result);

public sealed class PlannedRuleResultGraphType : ObjectGraphType<PlannedRuleResultView>
{
    public PlannedRuleResultGraphType()
    {
        Name = "PlannedRuleResult";
        Description = "One rule's result in a plan's check: the fields of `RuleResult`, for a check that is not stored.";
        Field<NonNullGraphType<RequirementRuleGraphType>>("rule").Description("The rule.").Resolve(ctx => ctx.Source.Rule);
        Field<NonNullGraphType<DecimalGraphType>>("required").Description("The credits the rule requires.").Resolve(ctx => ctx.Source.Result.Required);
        Field<NonNullGraphType<DecimalGraphType>>("earned").Description("The credits counted toward the rule: the sum of `contributions`.").Resolve(ctx => ctx.Source.Result.Earned);
        Field<NonNullGraphType<DecimalGraphType>>("remaining").Description("max(0, required − earned).").Resolve(ctx => ctx.Source.Result.Remaining);
        Field<NonNullGraphType<BooleanGraphType>>("satisfied").Description("earned ≥ required.").Resolve(ctx => ctx.Source.Result.Satisfied);
        Field<StringGraphType>("detail").Description("Anything unusual about the count, e.g. lines whose category is not in the requirement's outline version.")
            .Resolve(ctx => ctx.Source.Result.Detail);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("contributions")
            .Description("The credits that make up `earned`, by activity and category (planned activities included).").Resolve(ctx => ctx.Source.Result.Contributions);
    }
}
