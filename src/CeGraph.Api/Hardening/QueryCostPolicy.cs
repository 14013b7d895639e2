using System.Globalization;
using CeGraph.Api.GraphQL.Activities;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Configures GraphQL.NET's complexity analyzer from <see cref="GraphQLLimits"/> so that the estimate follows the work:
/// an object field costs <see cref="ObjectCost"/>, a scalar or enum field <see cref="ScalarCost"/>, <c>__typename</c>
/// nothing, and every object a list returns <see cref="ObjectCost"/>, each times the sizes of the lists above it. A list's size is given by <see cref="ListSizes"/> (connections by
/// <c>first</c>/<c>last</c>, clamped to 0..100; catalog lists by assumed sizes; category trees as trees; introspection
/// by what the schema holds), else <see cref="GraphQLLimits.DefaultListSize"/>. Introspection below <c>__schema</c> and
/// <c>__type</c> costs a tenth (it is answered from memory). docs/hardening.md shows the model with figures. The limits
/// are checked here, not by the analyzer, so each refusal says which limit it hit and what the query measured.
/// </summary>
public static class QueryCostPolicy
{
    public const double IntrospectionScale = 0.1;
    public const double ObjectCost = 1;
    public const double ScalarCost = 0.1;

    public static void Configure(ComplexityOptions options, GraphQLLimits limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        options.MaxDepth = null;
        options.MaxComplexity = null;
        options.DefaultObjectImpact = ObjectCost;
        options.DefaultScalarImpact = ScalarCost;
        options.DefaultListImpactMultiplier = limits.DefaultListSize;
        var standard = options.DefaultComplexityImpactDelegate;
        var largestSize = Math.Max(Math.Max(ActivityPageRequest.MaxPageSize, limits.DefaultListSize), ListSizes.Assumed.Values.Max());
        options.DefaultComplexityImpactDelegate = context =>
        {
            var name = context.FieldDefinition.Name;
            if (name is "__schema" or "__type")
            {
                return new FieldComplexityResult(1, IntrospectionScale);
            }

            if (name == "__typename")
            {
                return new FieldComplexityResult(0, 1);
            }

            // `first`/`last` outside 0..100 never return more than 100 (the resolver refuses them with BAD_USER_INPUT),
            // and a negative one must not lower the total: a `first: -1000` beside an expensive field would hide its cost.
            var result = standard(context);
            var size = Math.Clamp(ListSizes.For(context) ?? result.ChildImpactMultiplier, 0, largestSize);

            // As in the IBM cost specification, every object a list returns costs one object (loading it is the work),
            // on top of the list field itself; a list of scalars costs its field only.
            var items = IsListOfObjects(context.FieldDefinition.ResolvedType) ? size * ObjectCost : 0;
            return new FieldComplexityResult(Math.Max(0, result.FieldImpact) + items, size);
        };
        options.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context.MaxDepth, context.TotalImpact, limits);
            return Task.CompletedTask;
        };
    }

    private static bool IsListOfObjects(IGraphType? type)
    {
        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        return unwrapped is ListGraphType list && list.ResolvedType?.GetNamedType() is IComplexGraphType or IAbstractGraphType;
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
            var shown = double.IsFinite(cost) ? Math.Round(cost, 2).ToString("0.##", CultureInfo.InvariantCulture) : "unbounded";
            return new QueryLimitError(QueryLimitError.TooComplex,
                $"The query's estimated cost is {shown}; at most {limits.MaxComplexity} is allowed (GraphQL:MaxComplexity). "
                + "Ask for fewer items with `first`/`last`, or select fewer nested lists.");
        }

        return null;
    }
}
