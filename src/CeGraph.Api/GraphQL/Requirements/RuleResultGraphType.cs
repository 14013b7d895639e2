using CeGraph.Api.GraphQL.Common;
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
        this.AddRuleCountFields(view => view.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("contributions")
            .Description("The credits that make up `earned`, by activity and category.").Resolve(ctx => ctx.Source.Result.Contributions);
    }
}
