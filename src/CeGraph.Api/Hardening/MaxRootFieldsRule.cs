using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Refuses an operation with more than <see cref="GraphQLLimits.MaxRootFields"/> top-level fields, counting those that
/// fragments and inline fragments bring to the top (each root field is its own resolver run, often its own query).
/// </summary>
public sealed class MaxRootFieldsRule(IOptions<GraphQLLimits> limits) : DocumentOnlyRule
{
    protected override ValueTask<INodeVisitor?> CheckAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = limits.Value.MaxRootFields;
        var operation = context.Operation;
        if (operation is not null && CountFields(context.Document, operation.SelectionSet, [], max) > max)
        {
            context.ReportError(new QueryLimitError(context.Document.Source, QueryLimitError.TooManyRootFields,
                $"The operation selects more than {max} top-level fields (GraphQL:MaxRootFields); split it into several requests.", operation));
        }

        return default;
    }

    /// <summary>Counts fields, stopping early once past <paramref name="max"/>; each named fragment is expanded once.</summary>
    private static int CountFields(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<string> expanded, int max)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountFields(document, inline.SelectionSet, expanded, max - count),
                GraphQLFragmentSpread spread when expanded.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    => CountFields(document, fragment.SelectionSet, expanded, max - count),
                _ => 0,
            };
            if (count > max)
            {
                break;
            }
        }

        return count;
    }
}
