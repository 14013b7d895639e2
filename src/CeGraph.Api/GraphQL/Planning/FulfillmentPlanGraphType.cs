using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.GraphQL.Requirements;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class FulfillmentPlanGraphType : ObjectGraphType<FulfillmentPlanView>
{
    public FulfillmentPlanGraphType()
    {
        Name = "FulfillmentPlan";
        Description = "Which activities to add to the completions so that the requirement becomes fulfilled, at least cost. Planned activities are taken to be "
            + "completed on `asOf`. Eligible: DISTRIBUTED, with a distribution for the requirement's discipline and outline kind, not expired before `asOf`, "
            + "of the given sponsors, and not among the completions. Nothing is stored.";
        Field<NonNullGraphType<PlanStatusGraphType>>("status").Description("What the planner found.").Resolve(ctx => ctx.Source.Plan.Status);
        Field<NonNullGraphType<PlanObjectiveGraphType>>("objective").Description("What the plan minimises.").Resolve(ctx => ctx.Source.Plan.Objective);
        Field<NonNullGraphType<IsoDateGraphType>>("asOf").Description("The evaluation date; planned activities are completed on it.").Resolve(ctx => ctx.Source.AsOf);
        Field<RequirementGraphType>("requirement").Description("The stored requirement planned for; null for an inline prescription (planning stores nothing).")
            .Resolve(ctx => ctx.Source.StoredRequirement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementRuleGraphType>>>>("rules")
            .Description("The requirement's rules, in order (also for an inline prescription); `ruleIndex` elsewhere is a position in this list.")
            .Resolve(ctx => ctx.Source.Requirement.Rules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedActivityGraphType>>>>("activities")
            .Description("The activities to add, by code; empty when nothing is needed or no plan exists.")
            .Resolve(ctx => ctx.Source.Plan.Activities.Select(a => new PlannedActivityView(ctx.Source, a)).ToArray());
        Field<NonNullGraphType<DecimalGraphType>>("totalCredits").Description("The sum of the planned activities' own credits: what the learner has to take.")
            .Resolve(ctx => ctx.Source.Plan.TotalCredits.ToDecimal());
        Field<NonNullGraphType<IntGraphType>>("activityCount").Description("How many activities the plan adds.").Resolve(ctx => ctx.Source.Plan.ActivityCount);
        Field<NonNullGraphType<BooleanGraphType>>("fulfilled").Description("True when the completions plus the planned activities fulfil the requirement (`check.fulfilled`).")
            .Resolve(ctx => ctx.Source.Plan.Check.Fulfilled);
        Field<NonNullGraphType<BooleanGraphType>>("alreadyFulfilled").Description("True when the completions alone fulfil the requirement; the plan is then empty.")
            .Resolve(ctx => ctx.Source.Plan.Current.Fulfilled);
        Field<NonNullGraphType<BooleanGraphType>>("optimal")
            .Description("True when the answer is proven: the plan is optimal for the objective (or nothing was needed), or no plan exists. "
                + "False when the solver's time limit ended the search first (the best plan found is returned) or the candidate pool had to be capped.")
            .Resolve(ctx => ctx.Source.Plan.Optimal);
        Field<NonNullGraphType<PlannedCheckGraphType>>("check")
            .Description("The evaluation of the completions plus the planned activities (completed on `asOf`), as `evaluateRequirement` would compute it — not stored.")
            .Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleShortfallGraphType>>>>("shortfalls")
            .Description("When no plan exists: which rule cannot be met and by how much, or that `maxActivities` is too small. Empty otherwise.")
            .Resolve(ctx => ctx.Source.Plan.Shortfalls.Select(s => new RuleShortfallView(ctx.Source, s)).ToArray());
        Field<NonNullGraphType<IntGraphType>>("eligibleActivityCount").Description("How many catalog activities could have been added (0 when nothing needed adding, or nothing completed on `asOf` would count).")
            .Resolve(ctx => ctx.Source.Plan.Statistics.EligibleActivities);
        Field<NonNullGraphType<IntGraphType>>("candidateCount")
            .Description("How many of them the solver considered, after dropping those that provably cannot improve an optimal plan.")
            .Resolve(ctx => ctx.Source.Plan.Statistics.Candidates);
    }
}
