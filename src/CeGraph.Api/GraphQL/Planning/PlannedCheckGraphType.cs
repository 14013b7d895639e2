using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlannedCheckGraphType : ObjectGraphType<FulfillmentPlanView>
{
    public PlannedCheckGraphType()
    {
        Name = "PlannedCheck";
        Description = "What `evaluateRequirement` would answer for the completions plus the planned activities (each completed on `asOf`): the same fields as "
            + "`FulfillmentCheck`, without an id or a time, because it is not stored.";
        Field<NonNullGraphType<BooleanGraphType>>("fulfilled").Description("True when every rule is satisfied.").Resolve(ctx => ctx.Source.Plan.Check.Fulfilled);
        Field<NonNullGraphType<IsoDateGraphType>>("asOf").Description("The evaluation date the window was computed from.").Resolve(ctx => ctx.Source.AsOf);
        Field<NonNullGraphType<DecimalGraphType>>("countedCredits").Description("All credits of counted activities distributed to the requirement's discipline and outline kind.")
            .Resolve(ctx => ctx.Source.Plan.Check.CountedCredits.ToDecimal());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedRuleResultGraphType>>>>("rules").Description("Every rule's result, in the requirement's rule order.")
            .Resolve(ctx => ctx.Source.Check.Rules.Select((r, i) => new PlannedRuleResultView(ctx.Source.Rule(i), r)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IgnoredCompletionGraphType>>>>("ignored").Description("Every given completion that did not count, with the reason.")
            .Resolve(ctx => ctx.Source.Check.Ignored);
    }
}
