using System.Collections;
using CeGraph.Api.GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Refuses text containing U+0000, in string literals (<c>"\u0000"</c>) or in <c>variables</c>. PostgreSQL cannot store it in
/// text columns (22021 "invalid byte sequence"), so it failed there as an unexpected error while SQLite stored it: found by
/// fuzzing against PostgreSQL. No legitimate code, title or reference contains it.
/// </summary>
public sealed class NulCharacterRule : ValidationRuleBase
{
    public const string ErrorCode = "INVALID_CHARACTER";
    private const string Message = "Text may not contain the NUL character (U+0000).";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Variables is { } variables && ContainsNul(variables))
        {
            context.ReportError(new QueryLimitError(ErrorCode, Message + " It is in `variables`."));
            return default;
        }

        if (ValidatedDocumentCache.Of(context) is not null)
        {
            return default; // the document's own literals were checked when it was cached
        }

        var reported = false;
        return new(new MatchingNodeVisitor<GraphQLStringValue>((value, ctx) =>
        {
            if (!reported && value.Value.Span.Contains('\0'))
            {
                reported = true;
                ctx.ReportError(new QueryLimitError(ctx.Document.Source, ErrorCode, Message, value));
            }
        }));
    }

    private static bool ContainsNul(object? value) => value switch
    {
        string text => text.Contains('\0', StringComparison.Ordinal),
        IDictionary<string, object?> map => map.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || ContainsNul(pair.Value)),
        IEnumerable list => list.Cast<object?>().Any(ContainsNul),
        _ => false,
    };
}
