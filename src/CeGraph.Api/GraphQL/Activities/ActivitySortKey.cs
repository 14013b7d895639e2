using System.Linq.Expressions;
using System.Text.Json;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>One column of an activity ordering: how to sort by it, read it for a cursor, and compare against a cursor value.</summary>
public sealed class ActivitySortKey
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(Activity), "a");

    private ActivitySortKey(string name, SortDirection direction, LambdaExpression selector, Func<Activity, object> read, Func<JsonElement, object> parse)
    {
        Name = name;
        Direction = direction;
        Selector = selector;
        Read = read;
        Parse = parse;
    }

    public string Name { get; }

    public SortDirection Direction { get; }

    public LambdaExpression Selector { get; }

    public Func<Activity, object> Read { get; }

    public Func<JsonElement, object> Parse { get; }

    public static ActivitySortKey For(string name, SortDirection direction) => name switch
    {
        "title" => Create(name, direction, nameof(Activity.Title), a => a.Title, e => e.GetString()!),
        "code" => Create(name, direction, nameof(Activity.Code), a => a.Code, e => e.GetString()!),
        "credits" => Create(name, direction, nameof(Activity.CreditHundredths), a => a.CreditHundredths, e => e.GetInt64()),
        "approvedOn" => Create(name, direction, nameof(Activity.ApprovedOn), a => a.ApprovedOn.DayNumber, e => DateOnly.FromDayNumber(e.GetInt32())),
        "updatedAt" => Create(name, direction, nameof(Activity.UpdatedAt), a => a.UpdatedAt.Ticks, e => new DateTime(e.GetInt64(), DateTimeKind.Utc)),
        "id" => Create(name, direction, nameof(Activity.Id), a => a.Id, e => e.GetInt32()),
        _ => throw new UserInputError($"`order` has no field `{name}`."),
    };

    public ActivitySortKey Reversed() => new(Name, Direction == SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc, Selector, Read, Parse);

    /// <summary>The value as a cursor stores it (dates as day numbers, so cursors stay provider-neutral).</summary>
    public object CursorValue(Activity activity) => Read(activity);

    /// <summary>"row's key is strictly past <paramref name="value"/> in this key's direction".</summary>
    public Expression After(Expression row, object value) => Direction == SortDirection.Asc ? Greater(row, value) : Less(row, value);

    public Expression EqualTo(Expression row, object value) => Expression.Equal(Body(row), Constant(value));

    private BinaryExpression Greater(Expression row, object value) => Selector.ReturnType == typeof(string)
        ? Expression.GreaterThan(StringCompare(row, value), Expression.Constant(0))
        : Expression.GreaterThan(Body(row), Constant(value));

    private BinaryExpression Less(Expression row, object value) => Selector.ReturnType == typeof(string)
        ? Expression.LessThan(StringCompare(row, value), Expression.Constant(0))
        : Expression.LessThan(Body(row), Constant(value));

    private MethodCallExpression StringCompare(Expression row, object value) =>
        Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, Body(row), Constant(value));

    private Expression Body(Expression row) => new Rebinder(Selector.Parameters[0], row).Visit(Selector.Body);

    /// <summary>A closure member, so EF Core sends the value as a parameter instead of inlining it.</summary>
    private UnaryExpression Constant(object value) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value)), Selector.ReturnType);

    private static ActivitySortKey Create(string name, SortDirection direction, string member, Func<Activity, object> read, Func<JsonElement, object> parse) =>
        new(name, direction, Expression.Lambda(Expression.Property(Row, member), Row), read, parse);

    private sealed record Box(object Value);

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
