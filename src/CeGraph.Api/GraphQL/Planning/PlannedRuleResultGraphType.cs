using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlannedRuleResultGraphType : ObjectGraphType<PlannedRuleResultView>
{
    public PlannedRuleResultGraphType()
    {
        Name = "PlannedRuleResult";
        Description = "One rule's result in a plan's check: the fields of `RuleResult`, for a check that is not stored.";
        Field<NonNullGraphType<RequirementRuleGraphType>>("rule").Description("The rule.").Resolve(ctx => ctx.Source.Rule);
        this.AddRuleCountFields(view => view.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("contributions")
            .Description("The credits that make up `earned`, by activity and category (planned activities included).").Resolve(ctx => ctx.Source.Result.Contributions);
    }
}
