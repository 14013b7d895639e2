using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class RuleShortfallGraphType : ObjectGraphType<RuleShortfallView>
{
    public RuleShortfallGraphType()
    {
        Name = "RuleShortfall";
        Description = "Why no plan exists: a rule that cannot be met, and by how much — or, with no rule, that `maxActivities` is too small for the rules together.";
        Field<RequirementRuleGraphType>("rule").Description("The rule that cannot be met; null when only the rules together cannot be met within `maxActivities`.")
            .Resolve(ctx => ctx.Source.Shortfall.RuleIndex is int i ? ctx.Source.Plan.Rule(i) : null);
        Field<IntGraphType>("ruleIndex").Description("The rule's position in the plan's `rules` (0-based); null with `rule`.").Resolve(ctx => ctx.Source.Shortfall.RuleIndex);
        Field<NonNullGraphType<ShortfallReasonGraphType>>("reason").Description("Why it cannot be met.").Resolve(ctx => ctx.Source.Shortfall.Reason);
        Field<DecimalGraphType>("required").Description("The credits the rule requires; null with `rule`.").Resolve(ctx => ctx.Source.Shortfall.Required?.ToDecimal());
        Field<DecimalGraphType>("earned").Description("The credits the completions earn toward it; null with `rule`.").Resolve(ctx => ctx.Source.Shortfall.Earned?.ToDecimal());
        Field<DecimalGraphType>("attainable")
            .Description("The most it could earn by adding eligible activities — all of them, or the best `maxActivities` for MAX_ACTIVITIES; null with `rule`.")
            .Resolve(ctx => ctx.Source.Shortfall.Attainable?.ToDecimal());
        Field<DecimalGraphType>("shortBy").Description("required − attainable; null with `rule`.").Resolve(ctx => ctx.Source.Shortfall.ShortBy?.ToDecimal());
        Field<IntGraphType>("minimumActivities")
            .Description("For MAX_ACTIVITIES: the fewest added activities that would meet the rule (or all rules, when `rule` is null), when known.")
            .Resolve(ctx => ctx.Source.Shortfall.MinimumActivities);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The shortfall in words.").Resolve(ctx => ctx.Source.Shortfall.Message);
    }
}
