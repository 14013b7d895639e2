using CeGraph.Api.WriteRules;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>The credit rule (<see cref="CreditRule"/>, shared with <c>import</c>) as a payload error at an input path.</summary>
public sealed class CreditPolicy(CreditRule rule)
{
    public Credits Increment => rule.Increment;

    /// <summary>Checks a credit amount from input; returns the exact amount, or the error to report at <paramref name="path"/>.</summary>
    public (Credits Credits, UserError? Error) Check(decimal value, IReadOnlyList<string> path)
    {
        var violation = rule.Check(value, InputChecks.FieldOf(path), out var credits);
        return (violation is null ? credits : default, InputChecks.ErrorAt(path, violation));
    }
}
