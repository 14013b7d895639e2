using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>Refuses a document with more than <see cref="GraphQLLimits.MaxAliases"/> aliased fields (the "alias bomb").</summary>
public sealed class MaxAliasesRule(IOptions<GraphQLLimits> limits) : DocumentOnlyRule
{
    protected override ValueTask<INodeVisitor?> CheckAsync(ValidationContext context)
    {
        var max = limits.Value.MaxAliases;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                ctx.ReportError(new QueryLimitError(ctx.Document.Source, QueryLimitError.TooManyAliases,
                    $"The document has more than {max} aliased fields (GraphQL:MaxAliases); split it into several requests.", field));
            }
        }));
    }
}
