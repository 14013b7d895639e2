using System.Globalization;
using CeGraph.Api.GraphQL.Activities;
using GraphQL.Validation.Complexity;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Configures GraphQL.NET's complexity analyzer from <see cref="GraphQLLimits"/>: every field costs 1, times the list sizes
/// above it. A list's size is its <c>first</c>/<c>last</c> (or its parent connection's), else <see cref="GraphQLLimits.DefaultListSize"/>.
/// Introspection below <c>__schema</c> and <c>__type</c> costs a tenth (it is answered from memory): GraphiQL's introspection
/// query costs about 39,000, while nesting <c>fields { type { fields … } }</c> still multiplies out of the budget.
/// The limits are checked here, not by the analyzer, so each refusal says which limit it hit and what the query measured.
/// </summary>
public static class QueryCostPolicy
{
    public const double IntrospectionScale = 0.1;

    public static void Configure(ComplexityOptions options, GraphQLLimits limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        options.MaxDepth = null;
        options.MaxComplexity = null;
        options.DefaultListImpactMultiplier = limits.DefaultListSize;
        var standard = options.DefaultComplexityImpactDelegate;
        var largestList = Math.Max(ActivityPageRequest.MaxPageSize, limits.DefaultListSize);
        options.DefaultComplexityImpactDelegate = context =>
        {
            if (context.FieldDefinition.Name is "__schema" or "__type")
            {
                return new FieldComplexityResult(1, IntrospectionScale);
            }

            // `first`/`last` outside 0..100 never return more than 100 (the resolver refuses them with BAD_USER_INPUT),
            // and a negative one must not lower the total: a `first: -1000` beside an expensive field would hide its cost.
            var result = standard(context);
            return new FieldComplexityResult(
                Math.Max(0, result.FieldImpact),
                Math.Clamp(result.ChildImpactMultiplier, 0, largestList));
        };
        options.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context.MaxDepth, context.TotalImpact, limits);
            return Task.CompletedTask;
        };
    }

    /// <summary>The error for a query of this depth and cost, or null when it is within the limits.</summary>
    public static QueryLimitError? Check(int depth, double cost, GraphQLLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (depth > limits.MaxDepth)
        {
            return new QueryLimitError(QueryLimitError.TooDeep,
                $"The query nests {depth} levels deep; at most {limits.MaxDepth} are allowed (GraphQL:MaxDepth).");
        }

        // Written so that NaN and infinity (absurd `first` values multiplied together) are refused too.
        if (!(cost <= limits.MaxComplexity))
        {
            var shown = double.IsFinite(cost) ? Math.Ceiling(cost).ToString("0", CultureInfo.InvariantCulture) : "unbounded";
            return new QueryLimitError(QueryLimitError.TooComplex,
                $"The query's estimated cost is {shown}; at most {limits.MaxComplexity} is allowed (GraphQL:MaxComplexity). "
                + "Ask for fewer items with `first`/`last`, or select fewer nested lists.");
        }

        return null;
    }
}
