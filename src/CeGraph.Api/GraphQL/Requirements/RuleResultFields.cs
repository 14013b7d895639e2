using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>The count of one rule (required, earned, remaining, satisfied, detail), the same for a stored and a planned check.</summary>
public static class RuleResultFields
{
    public static void AddRuleCountFields<TSource>(this ObjectGraphType<TSource> type, Func<TSource, StoredRuleResult> result)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(result);
        type.Field<NonNullGraphType<DecimalGraphType>>("required").Description("The credits the rule requires.").Resolve(ctx => result(ctx.Source).Required);
        type.Field<NonNullGraphType<DecimalGraphType>>("earned").Description("The credits counted toward the rule: the sum of `contributions`.").Resolve(ctx => result(ctx.Source).Earned);
        type.Field<NonNullGraphType<DecimalGraphType>>("remaining").Description("max(0, required − earned).").Resolve(ctx => result(ctx.Source).Remaining);
        type.Field<NonNullGraphType<BooleanGraphType>>("satisfied").Description("earned ≥ required.").Resolve(ctx => result(ctx.Source).Satisfied);
        type.Field<StringGraphType>("detail").Description("Anything unusual about the count, e.g. lines whose category is not in the requirement's outline version.")
            .Resolve(ctx => result(ctx.Source).Detail);
    }
}
