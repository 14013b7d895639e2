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
        Field<NonNullGraphType<BooleanGraphType>>("fulfilled").Description("True when every rule is satisfied.").Resolve(ctx => ctx.Source.Check.Fulfilled);
        Field<NonNullGraphType<IsoDateGraphType>>("asOf").Description("The evaluation date the window was computed from.").Resolve(ctx => ctx.Source.Check.AsOf);
        Field<NonNullGraphType<DateTimeGraphType>>("evaluatedAt").Description("When the check was made (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.Check.EvaluatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DecimalGraphType>>("countedCredits").Description("All credits of counted activities distributed to the requirement's discipline and outline kind.")
            .Resolve(ctx => new Credits(ctx.Source.Check.CountedHundredths).ToDecimal());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleResultGraphType>>>>("rules").Description("Every rule's result, in the requirement's rule order.")
            .Resolve(ctx => ctx.Source.Result.Rules.Select(r => new RuleResultView(ctx.Source.Check.RequirementId, r)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IgnoredCompletionGraphType>>>>("ignored").Description("Every completion that did not count, with the reason.")
            .Resolve(ctx => ctx.Source.Result.Ignored);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoredCompletionGraphType>>>>("completions").Description("The completions exactly as they were given.")
            .Resolve(ctx => System.Text.Json.JsonSerializer.Deserialize<StoredCompletion[]>(ctx.Source.Check.CompletionsJson) ?? []);
    }
}
