using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;
using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// The fields a stored check (<c>FulfillmentCheck</c>, <c>RuleResult</c>) and a plan's check (<c>PlannedCheck</c>,
/// <c>PlannedRuleResult</c>) have in common, defined once; each type adds them in its own field order (the stored check has
/// <c>evaluatedAt</c> between them).
/// </summary>
public static class CheckFields
{
    public static void AddFulfilledField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, bool> fulfilled)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fulfilled);
        type.Field<NonNullGraphType<BooleanGraphType>>("fulfilled").Description("True when every rule is satisfied.").Resolve(ctx => fulfilled(ctx.Source));
    }

    public static void AddAsOfField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, DateOnly> asOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(asOf);
        type.Field<NonNullGraphType<IsoDateGraphType>>("asOf").Description("The evaluation date the window was computed from.").Resolve(ctx => asOf(ctx.Source));
    }

    public static void AddCountedCreditsField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, Credits> countedCredits)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(countedCredits);
        type.Field<NonNullGraphType<DecimalGraphType>>("countedCredits").Description("All credits of counted activities distributed to the requirement's discipline and outline kind.")
            .Resolve(ctx => countedCredits(ctx.Source).ToDecimal());
    }

    /// <summary><typeparamref name="TRuleGraphType"/>: the stored or the planned rule result.</summary>
    public static void AddRulesField<TSource, TRuleGraphType>(this ObjectGraphType<TSource> type, Func<TSource, object> rules)
        where TRuleGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(rules);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TRuleGraphType>>>>("rules").Description("Every rule's result, in the requirement's rule order.")
            .Resolve(ctx => rules(ctx.Source));
    }

    /// <summary><paramref name="description"/>: which completions a check of this type was given.</summary>
    public static void AddIgnoredField<TSource>(this ObjectGraphType<TSource> type, string description, Func<TSource, IReadOnlyList<StoredIgnored>> ignored)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(ignored);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IgnoredCompletionGraphType>>>>("ignored").Description(description).Resolve(ctx => ignored(ctx.Source));
    }

    /// <summary>The count of one rule (required, earned, remaining, satisfied, detail).</summary>
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
