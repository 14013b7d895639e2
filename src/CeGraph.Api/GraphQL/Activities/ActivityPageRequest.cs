using System.Linq.Expressions;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using GraphQL;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>The validated arguments of a connection field.</summary>
public sealed record ActivityPageRequest(
    int Size,
    bool Backward,
    IReadOnlyList<object>? After,
    IReadOnlyList<object>? Before,
    ActivityOrdering Ordering,
    Expression<Func<Activity, bool>>? Filter,
    string FilterKey)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 10;

    public static ActivityPageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new UserInputError("Give `first` or `last`, not both.");
        }

        var size = first ?? last ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize)
        {
            throw new UserInputError($"`{(first is not null ? "first" : "last")}` must be between 0 and {MaxPageSize}; it was {size}.");
        }

        var ordering = ActivityOrdering.Parse(context.GetArgument<List<object?>?>("order"));
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        return new ActivityPageRequest(
            size,
            Backward: last is not null,
            After: after is null ? null : ActivityCursor.Decode(ordering, after, "after"),
            Before: before is null ? null : ActivityCursor.Decode(ordering, before, "before"),
            ordering,
            ActivityFilterBuilder.Build(where),
            ActivityFilterKey.Of(where));
    }
}
