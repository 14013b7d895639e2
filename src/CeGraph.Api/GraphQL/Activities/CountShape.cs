using System.Linq.Expressions;
using System.Reflection;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// Rewrites a filter for <c>COUNT(*)</c>: <c>a.Distributions.Any(d =&gt; …)</c> (an <c>EXISTS</c> probed once per activity)
/// becomes <c>a.Id IN (SELECT ActivityId FROM Distributions WHERE …)</c>, which the database drives from the
/// (DisciplineId, ActivityId) index instead of probing every activity. Same rows (ActivityId is never null, so
/// <c>NOT IN</c> is <c>NOT EXISTS</c> too). Pages keep the <c>EXISTS</c>: they stop after size + 1 matches.
/// </summary>
public sealed class CountShape : ExpressionVisitor
{
    private static readonly MethodInfo EnumerableAny = new Func<IEnumerable<CreditDistribution>, Func<CreditDistribution, bool>, bool>(Enumerable.Any).Method;
    private static readonly MethodInfo QueryableWhere = new Func<IQueryable<CreditDistribution>, Expression<Func<CreditDistribution, bool>>, IQueryable<CreditDistribution>>(Queryable.Where).Method;
    private static readonly MethodInfo QueryableSelect = new Func<IQueryable<CreditDistribution>, Expression<Func<CreditDistribution, int>>, IQueryable<int>>(Queryable.Select).Method;
    private static readonly MethodInfo QueryableContains = new Func<IQueryable<int>, int, bool>(Queryable.Contains).Method;
    private static readonly Expression<Func<CreditDistribution, int>> ActivityIdOf = d => d.ActivityId;
    private static readonly PropertyInfo Distributions = typeof(Activity).GetProperty(nameof(Activity.Distributions))!;
    private static readonly PropertyInfo ActivityId = typeof(Activity).GetProperty(nameof(Activity.Id))!;

    private readonly Expression _distributions;

    private CountShape(CeGraphDbContext db) => _distributions = ((IQueryable<CreditDistribution>)db.Distributions).Expression;

    public static IQueryable<Activity> Apply(IQueryable<Activity> query, CeGraphDbContext db)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(db);
        return query.Provider.CreateQuery<Activity>(new CountShape(db).Visit(query.Expression));
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Method == EnumerableAny
            && node.Arguments[0] is MemberExpression { Member: var member, Expression: { } activity } && member == Distributions
            && node.Arguments[1] is LambdaExpression predicate)
        {
            var matching = Expression.Call(QueryableWhere, _distributions, Expression.Quote((LambdaExpression)Visit(predicate)));
            var activityIds = Expression.Call(QueryableSelect, matching, Expression.Quote(ActivityIdOf));
            return Expression.Call(QueryableContains, activityIds, Expression.Property(Visit(activity), ActivityId));
        }

        return base.VisitMethodCall(node);
    }
}
