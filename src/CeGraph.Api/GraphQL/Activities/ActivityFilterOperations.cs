using System.Linq.Expressions;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>The operators of the filter inputs, each as a translatable predicate.</summary>
public static class ActivityFilterOperations
{
    public static Expression<Func<Activity, bool>> Text(Expression<Func<Activity, string>> selector, string operation, object operand)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var text = operand as string;
        var lower = text?.ToLowerInvariant();
        var list = operation is "in" or "nin" ? Strings(operand) : [];
        // TextFunctions.Lower is Unicode lower case in SQL on both providers; the StringComparison overloads CA1862 suggests do not translate.
#pragma warning disable CA1862
        Expression<Func<string, bool>> test = operation switch
        {
            "eq" => s => s == text,
            "neq" => s => s != text,
            "contains" => s => TextFunctions.Lower(s).Contains(lower!),
            "ncontains" => s => !TextFunctions.Lower(s).Contains(lower!),
            "startsWith" => s => TextFunctions.Lower(s).StartsWith(lower!),
            "in" => s => list.Contains(s),
            "nin" => s => !list.Contains(s),
            _ => throw new UserInputError($"Unknown text operator `{operation}`."),
        };
#pragma warning restore CA1862
        return Apply(selector, test);
    }

    /// <summary>Positive operators match when any distribution matches; <c>neq</c>/<c>nin</c> when none matches <c>eq</c>/<c>in</c>.</summary>
    public static Expression<Func<Activity, bool>> AnyDistribution(string operation, object operand, Expression<Func<CreditDistribution, string>> selector)
    {
        var (positive, negate) = Positive(operation);
        var test = Text(a => a.Code, positive, operand); // reuse the operator table on a string parameter
        var stringTest = Rebind(test, selector);
        Expression<Func<Activity, bool>> any = Expression.Lambda<Func<Activity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(CreditDistribution)],
                Expression.Property(ActivityParameter, nameof(Activity.Distributions)), stringTest),
            ActivityParameter);
        return negate ? PredicateComposer.Not(any) : any;
    }

    public static Expression<Func<Activity, bool>> AnyLine(string operation, object operand)
    {
        var (positive, negate) = Positive(operation);
        var lineTest = Rebind(Text(a => a.Code, positive, operand), (Expression<Func<CreditAllocation, string>>)(l => l.Category!.Code));
        Expression<Func<CreditDistribution, bool>> distributionTest = Expression.Lambda<Func<CreditDistribution, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(CreditAllocation)],
                Expression.Property(DistributionParameter, nameof(CreditDistribution.Lines)), lineTest),
            DistributionParameter);
        Expression<Func<Activity, bool>> any = a => a.Distributions.AsQueryable().Any(distributionTest);
        return negate ? PredicateComposer.Not(any) : any;
    }

    public static Expression<Func<Activity, bool>> Compare<T>(Expression<Func<Activity, T>> selector, string operation, T value)
        where T : struct, IComparable<T>
    {
        var holder = Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));
        Expression body = operation switch
        {
            "eq" => Expression.Equal(selector.Body, holder),
            "neq" => Expression.NotEqual(selector.Body, holder),
            "gt" => Expression.GreaterThan(selector.Body, holder),
            "gte" => Expression.GreaterThanOrEqual(selector.Body, holder),
            "lt" => Expression.LessThan(selector.Body, holder),
            "lte" => Expression.LessThanOrEqual(selector.Body, holder),
            _ => throw new UserInputError($"Unknown comparison operator `{operation}`."),
        };
        return Expression.Lambda<Func<Activity, bool>>(body, selector.Parameters);
    }

    public static Expression<Func<Activity, bool>> CompareOptional(Expression<Func<Activity, DateOnly?>> selector, string operation, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var notNull = Expression.NotEqual(selector.Body, Expression.Constant(null, typeof(DateOnly?)));
        var valueSelector = Expression.Lambda<Func<Activity, DateOnly>>(Expression.Property(selector.Body, "Value"), selector.Parameters);
        var compare = Compare(valueSelector, operation, value);
        return Expression.Lambda<Func<Activity, bool>>(Expression.AndAlso(notNull, compare.Body), selector.Parameters);
    }

    public static Expression<Func<Activity, bool>> Enum<TEnum>(Expression<Func<Activity, TEnum>> selector, string operation, object operand)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(selector);
        var values = operand is TEnum single ? [single] : ((IEnumerable<object?>)operand).OfType<TEnum>().ToArray();
        Expression<Func<TEnum, bool>> test = operation switch
        {
            "eq" or "in" => v => values.Contains(v),
            "neq" or "nin" => v => !values.Contains(v),
            _ => throw new UserInputError($"Unknown enum operator `{operation}`."),
        };
        return Apply(selector, test);
    }

    private static readonly ParameterExpression ActivityParameter = Expression.Parameter(typeof(Activity), "a");
    private static readonly ParameterExpression DistributionParameter = Expression.Parameter(typeof(CreditDistribution), "d");

    private static (string Operation, bool Negate) Positive(string operation) => operation switch
    {
        "neq" => ("eq", true),
        "nin" => ("in", true),
        "ncontains" => ("contains", true),
        _ => (operation, false),
    };

    private static string[] Strings(object operand)
    {
        var values = ((IEnumerable<object?>)operand).OfType<string>().ToArray();
        return values.Length <= ActivityFilterBuilder.MaxListLength
            ? values
            : throw new UserInputError($"`in`/`nin` lists hold at most {ActivityFilterBuilder.MaxListLength} values.");
    }

    private static Expression<Func<Activity, bool>> Apply<T>(Expression<Func<Activity, T>> selector, Expression<Func<T, bool>> test) =>
        Expression.Lambda<Func<Activity, bool>>(new Replace(test.Parameters[0], selector.Body).Visit(test.Body), selector.Parameters);

    /// <summary>Re-targets a predicate written over <c>Activity.Code</c> onto another entity's string member.</summary>
    private static Expression<Func<TOther, bool>> Rebind<TOther>(Expression<Func<Activity, bool>> test, Expression<Func<TOther, string>> selector)
    {
        var codeAccess = Expression.Property(test.Parameters[0], nameof(Activity.Code));
        var body = new ReplaceNode(codeAccess, selector.Body).Visit(test.Body);
        return Expression.Lambda<Func<TOther, bool>>(body, selector.Parameters);
    }

    private sealed record Holder<T>(T Value);

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }

    private sealed class ReplaceNode(MemberExpression target, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member == target.Member && node.Expression == target.Expression ? with : base.VisitMember(node);
    }
}
