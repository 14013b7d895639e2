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
        this.AddFulfilledField(view => view.Plan.Check.Fulfilled);
        this.AddAsOfField(view => view.AsOf);
        this.AddCountedCreditsField(view => view.Plan.Check.CountedCredits);
        this.AddRulesField<FulfillmentPlanView, PlannedRuleResultGraphType>(view => view.Check.Rules.Select((r, i) => new PlannedRuleResultView(view.Rule(i), r)).ToArray());
        this.AddIgnoredField("Every given completion that did not count, with the reason.", view => view.Check.Ignored);
    }
}
