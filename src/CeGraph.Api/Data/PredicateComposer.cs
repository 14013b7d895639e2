using System.Linq.Expressions;

namespace CeGraph.Api.Data;

/// <summary>Combines predicate lambdas over one shared parameter, so EF Core translates the result as one WHERE clause.</summary>
public static class PredicateComposer
{
    public static Expression<Func<T, bool>> And<T>(IReadOnlyList<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.AndAlso, true);

    public static Expression<Func<T, bool>> Or<T>(IReadOnlyList<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.OrElse, false);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
    }

    private static Expression<Func<T, bool>> Combine<T>(
        IReadOnlyList<Expression<Func<T, bool>>> parts, Func<Expression, Expression, BinaryExpression> join, bool whenEmpty)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        if (parts.Count == 0)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(whenEmpty), parameter);
        }

        var body = parts.Select(p => new ParameterSwap(p.Parameters[0], parameter).Visit(p.Body)).Aggregate((l, r) => join(l, r));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
