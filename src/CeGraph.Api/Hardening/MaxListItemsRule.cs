using System.Collections;
using CeGraph.Api.GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Refuses any list longer than <see cref="GraphQLLimits.MaxListItems"/>, whether written in the document or sent in
/// <c>variables</c>, at any nesting. Fields keep their own smaller caps (e.g. <c>nodes(ids:)</c> 100); this is the backstop.
/// </summary>
public sealed class MaxListItemsRule(IOptions<GraphQLLimits> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = limits.Value.MaxListItems;
        if (context.Variables is { } variables && LongestList(variables) > max)
        {
            context.ReportError(new QueryLimitError(QueryLimitError.ListTooLong,
                $"A list in `variables` has more than {max} items (GraphQL:MaxListItems)."));
            return default;
        }

        if (ValidatedDocumentCache.Of(context) is not null)
        {
            return default; // the document's own lists were measured when it was cached, against the same limit
        }

        var reported = false;
        return new(new MatchingNodeVisitor<GraphQLListValue>((list, ctx) =>
        {
            if (!reported && list.Values?.Count > max)
            {
                reported = true;
                ctx.ReportError(new QueryLimitError(ctx.Document.Source, QueryLimitError.ListTooLong,
                    $"A list argument has more than {max} items (GraphQL:MaxListItems).", list));
            }
        }));
    }

    /// <summary>The longest list anywhere in a deserialized JSON value (JSON nesting is already bounded by the reader).</summary>
    private static int LongestList(object? value)
    {
        switch (value)
        {
            case null or string:
                return 0;
            case IDictionary<string, object?> map:
                return map.Values.Select(v => LongestList(v)).DefaultIfEmpty(0).Max();
            case IEnumerable list:
                var count = 0;
                var longest = 0;
                foreach (var item in list)
                {
                    count++;
                    longest = Math.Max(longest, LongestList(item));
                }

                return Math.Max(count, longest);
            default:
                return 0;
        }
    }
}
