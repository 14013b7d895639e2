using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when <see cref="GraphQLLimits.EnableIntrospection"/> is off (it is on by default).</summary>
public sealed class IntrospectionSwitchRule(IOptions<GraphQLLimits> limits) : DocumentOnlyRule
{
    protected override ValueTask<INodeVisitor?> CheckAsync(ValidationContext context) =>
        limits.Value.EnableIntrospection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}
