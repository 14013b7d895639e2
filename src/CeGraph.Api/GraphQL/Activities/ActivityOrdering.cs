using System.Linq.Expressions;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>An ordering of activities: the requested keys, then the id as the final tie-break, so every row has one place.</summary>
public sealed class ActivityOrdering
{
    private ActivityOrdering(IReadOnlyList<ActivitySortKey> keys) => Keys = keys;

    public IReadOnlyList<ActivitySortKey> Keys { get; }

    /// <summary>A stable text form, stored in cursors so a cursor cannot be replayed against another ordering.</summary>
    public string Signature => string.Join(',', Keys.Select(k => $"{k.Name}:{k.Direction}"));

    public static ActivityOrdering Parse(IEnumerable<object?>? order)
    {
        var keys = new List<ActivitySortKey>();
        foreach (var element in order ?? [])
        {
            if (element is not IDictionary<string, object?> fields || fields.Count(f => f.Value is not null) != 1)
            {
                throw new UserInputError("Each `order` element must set exactly one field, e.g. `{ title: ASC }`.");
            }

            var (name, direction) = fields.First(f => f.Value is not null);
            if (keys.Any(k => k.Name == name))
            {
                throw new UserInputError($"`order` names `{name}` twice.");
            }

            keys.Add(ActivitySortKey.For(name, (SortDirection)direction!));
        }

        keys.Add(ActivitySortKey.For("id", SortDirection.Asc));
        return new ActivityOrdering(keys);
    }

    public ActivityOrdering Reversed() => new([.. Keys.Select(k => k.Reversed())]);

    public IOrderedQueryable<Activity> Apply(IQueryable<Activity> query)
    {
        IOrderedQueryable<Activity>? ordered = null;
        foreach (var key in Keys)
        {
            var method = (ordered is null, key.Direction) switch
            {
                (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
                (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            var source = (IQueryable<Activity>?)ordered ?? query;
            ordered = (IOrderedQueryable<Activity>)source.Provider.CreateQuery<Activity>(Expression.Call(
                typeof(Queryable), method, [typeof(Activity), key.Selector.ReturnType], source.Expression, Expression.Quote(key.Selector)));
        }

        return ordered!;
    }

    /// <summary>Rows strictly after the cursor position: OR over i of (keys before i equal AND key i past).</summary>
    public Expression<Func<Activity, bool>> After(IReadOnlyList<object> cursorValues)
    {
        var row = Expression.Parameter(typeof(Activity), "a");
        Expression? any = null;
        for (var i = 0; i < Keys.Count; i++)
        {
            Expression clause = Keys[i].After(row, cursorValues[i]);
            for (var j = i - 1; j >= 0; j--)
            {
                clause = Expression.AndAlso(Keys[j].EqualTo(row, cursorValues[j]), clause);
            }

            any = any is null ? clause : Expression.OrElse(any, clause);
        }

        return Expression.Lambda<Func<Activity, bool>>(any!, row);
    }
}
