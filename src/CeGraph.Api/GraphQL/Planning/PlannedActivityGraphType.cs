using CeGraph.Api.GraphQL.Activities;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Planning;

public sealed class PlannedActivityGraphType : ObjectGraphType<PlannedActivityView>
{
    public PlannedActivityGraphType()
    {
        Name = "PlannedActivity";
        Description = "An activity the plan adds, and what it adds to each rule.";
        Field<NonNullGraphType<ActivityGraphType>>("activity").Description("The activity.")
            .Resolve(ctx => ActivityVisibility.Load(ctx, ctx.Source.Plan.ActivityIdByCode[ctx.Source.Activity.Code]));
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("The activity's own credits: what taking it costs the learner.")
            .Resolve(ctx => ctx.Source.Activity.Credits.ToDecimal());
        Field<NonNullGraphType<DecimalGraphType>>("distributedCredits")
            .Description("Its credits distributed to the requirement's discipline and outline kind (what counts toward TOTAL_CREDITS).")
            .Resolve(ctx => ctx.Source.Activity.Candidate.Distributed.ToDecimal());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedContributionGraphType>>>>("helps")
            .Description("The rules it adds credits to, in rule order, and how many.")
            .Resolve(ctx => ctx.Source.Activity.Helps.Select(h => new PlannedContributionView(ctx.Source.Plan.Rule(h.RuleIndex), h)).ToArray());
    }
}
