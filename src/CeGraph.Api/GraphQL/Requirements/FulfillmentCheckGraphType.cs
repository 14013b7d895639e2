using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed class FulfillmentCheckGraphType : ObjectGraphType<FulfillmentCheckView>
{
    public FulfillmentCheckGraphType()
    {
        Name = "FulfillmentCheck";
        Description = "The stored, immutable answer of one `evaluateRequirement` call: whether the completions fulfil the requirement, with every number explained. Visible to the key that made it and to ADMIN.";
        this.ImplementNode("FulfillmentCheck", v => v.Check.Id);
        Field<NonNullGraphType<RequirementGraphType>>("requirement").Description("The requirement evaluated.")
            .Resolve(ctx => ctx.Loaders().RequirementById.Load(ctx.Source.Check.RequirementId));
        this.AddFulfilledField(view => view.Check.Fulfilled);
        this.AddAsOfField(view => view.Check.AsOf);
        Field<NonNullGraphType<DateTimeGraphType>>("evaluatedAt").Description("When the check was made (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.Check.EvaluatedAt, DateTimeKind.Utc));
        this.AddCountedCreditsField(view => new Credits(view.Check.CountedHundredths));
        this.AddRulesField<FulfillmentCheckView, RuleResultGraphType>(view => view.Result.Rules.Select(r => new RuleResultView(view.Check.RequirementId, r)).ToArray());
        this.AddIgnoredField("Every completion that did not count, with the reason.", view => view.Result.Ignored);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoredCompletionGraphType>>>>("completions").Description("The completions exactly as they were given.")
            .Resolve(ctx => System.Text.Json.JsonSerializer.Deserialize<StoredCompletion[]>(ctx.Source.Check.CompletionsJson) ?? []);
    }
}
