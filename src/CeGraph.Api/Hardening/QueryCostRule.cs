using CeGraph.Api.GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>
/// GraphQL.NET's complexity analysis with <see cref="QueryCostPolicy"/>, skipped for a document served from the
/// <see cref="ValidatedDocumentCache"/> whose cost no variable changes (it was within the limits when it was cached, and
/// would measure the same again). A document whose <c>first</c>, <c>last</c>, <c>ids</c> or <c>@skip</c>/<c>@include</c>
/// take variables is measured on every request.
/// </summary>
public sealed class QueryCostRule(IOptions<GraphQLLimits> limits) : ComplexityValidationRule(OptionsFor(limits))
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        ValidatedDocumentCache.Of(context) is { CostDependsOnVariables: false } ? default : base.GetPostNodeVisitorAsync(context);

    private static ComplexityOptions OptionsFor(IOptions<GraphQLLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var options = new ComplexityOptions();
        QueryCostPolicy.Configure(options, limits.Value);
        return options;
    }
}
