using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlannedContributionGraphType : ObjectGraphType<PlannedContributionView>
{
    public PlannedContributionGraphType()
    {
        Name = "PlannedContribution";
        Description = "What one planned activity adds to one rule, as the engine counts it.";
        Field<NonNullGraphType<RequirementRuleGraphType>>("rule").Description("The rule it helps (also for an inline prescription, whose rules are not stored).")
            .Resolve(ctx => ctx.Source.Rule);
        Field<NonNullGraphType<IntGraphType>>("ruleIndex").Description("The rule's position in the plan's `rules` (0-based).").Resolve(ctx => ctx.Source.Help.RuleIndex);
        Field<NonNullGraphType<DecimalGraphType>>("credits")
            .Description("The activity's distributed credits that count toward the rule (all of them for TOTAL_CREDITS; those in the rule's category or below otherwise).")
            .Resolve(ctx => ctx.Source.Help.Credits.ToDecimal());
    }
}
