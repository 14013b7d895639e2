using System.Linq.Expressions;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>Turns an <c>ActivityFilterInput</c> argument into one predicate EF Core translates to SQL.</summary>
public sealed class ActivityFilterBuilder
{
    public const int MaxDepth = 5;
    public const int MaxConditions = 50;
    public const int MaxListLength = 100;
    private int _conditions;

    public static Expression<Func<Activity, bool>>? Build(IDictionary<string, object?>? where) =>
        where is null ? null : new ActivityFilterBuilder().Filter(where, 1);

    private Expression<Func<Activity, bool>> Filter(IDictionary<string, object?> where, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new UserInputError($"`where` nests `and`/`or` more than {MaxDepth} levels deep.");
        }

        var parts = new List<Expression<Func<Activity, bool>>>();
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            parts.Add(field switch
            {
                "and" => PredicateComposer.And(Nested(value, depth)),
                "or" => PredicateComposer.Or(Nested(value, depth)),
                _ => Field(field, (IDictionary<string, object?>)value),
            });
        }

        return PredicateComposer.And(parts);
    }

    private List<Expression<Func<Activity, bool>>> Nested(object value, int depth) =>
        [.. ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().Select(f => Filter(f, depth + 1))];

    private Expression<Func<Activity, bool>> Field(string field, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression<Func<Activity, bool>>>();
        foreach (var (operation, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            if (++_conditions > MaxConditions)
            {
                throw new UserInputError($"`where` has more than {MaxConditions} conditions.");
            }

            parts.Add(field switch
            {
                "code" => ActivityFilterOperations.Text(a => a.Code, operation, operand),
                "title" => ActivityFilterOperations.Text(a => a.Title, operation, operand),
                "sponsorCode" => ActivityFilterOperations.Text(a => a.Sponsor!.Code, operation, operand),
                "disciplineCode" => ActivityFilterOperations.AnyDistribution(operation, operand, d => d.Discipline!.Code),
                "categoryCode" => ActivityFilterOperations.AnyLine(operation, operand),
                "credits" => ActivityFilterOperations.Compare(a => a.CreditHundredths, operation, ToHundredths((decimal)operand)),
                "status" => ActivityFilterOperations.Enum(a => a.Status, operation, operand),
                "ceCategory" => ActivityFilterOperations.Enum(a => a.CeCategory, operation, operand),
                "approvedOn" => ActivityFilterOperations.Compare(a => a.ApprovedOn, operation, (DateOnly)operand),
                "updatedAt" => ActivityFilterOperations.Compare(a => a.UpdatedAt, operation, Utc(operand)),
                "expiresOn" => ActivityFilterOperations.CompareOptional(a => a.ExpiresOn, operation, (DateOnly)operand),
                _ => throw new UserInputError($"`where` has no field `{field}`."),
            });
        }

        return PredicateComposer.And(parts);
    }

    private static DateTime Utc(object operand) => operand switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime { Kind: DateTimeKind.Unspecified } time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTime time => time.ToUniversalTime(),
        _ => throw new UserInputError("`updatedAt` needs a date and time."),
    };

    private static long ToHundredths(decimal value) =>
        Credits.TryFromDecimal(value, out var credits)
            ? credits.Hundredths
            : throw new UserInputError($"`credits` filter value {value} is not a credit amount (at most two decimals, within ±1,000,000).");
}
