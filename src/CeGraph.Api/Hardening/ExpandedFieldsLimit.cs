using CeGraph.Api.GraphQL.Execution;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Refuses an operation with more than <see cref="GraphQLLimits.MaxFields"/> field selections once its fragments are
/// expanded, before GraphQL.NET validates it. Fragments spreading one another twice per level double the operation at
/// each level: 60 levels fit in 3 KB of text, and validation (the complexity analyzer re-walks every spread) then never
/// ends. Here each fragment is measured once (memoised), so the check takes linear time whatever the document.
/// It also answers documents nested past the parser's depth limit, which GraphQL.NET would report as an unexpected failure.
/// </summary>
public sealed class ExpandedFieldsLimit(IOptions<GraphQLLimits> limits, ValidatedDocumentCache documents) : IConfigureExecution
{
    public const string ErrorCode = "QUERY_TOO_LARGE";

    /// <summary>After persisted documents (200) turned a documentId into text, before execution.</summary>
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Query is not { } query || documents.Contains(query))
        {
            return next(options); // no text, or a text that passed this check when it was cached
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // GraphQL.NET would report this as an unexpected failure (it is not a plain syntax error): answer it here.
            return Task.FromResult(new ExecutionResult(new QueryLimitError(QueryLimitError.TooDeep,
                "The document nests too deeply to be parsed (brackets, braces or list values inside one another).")));
        }
        catch (GraphQLParserException)
        {
            // A syntax error: the executer parses again and reports it as SYNTAX_ERROR.
            return next(options);
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // The parser tripped over its own error message (see LineBreakNormalizer): still the document's fault.
            return Task.FromResult(new ExecutionResult(new ExecutionError("The document is not valid GraphQL syntax.") { Code = "SYNTAX_ERROR" }));
        }

        var max = limits.Value.MaxFields;
        var measured = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var size = Size(document, operation.SelectionSet, measured, []);
            if (size > max)
            {
                return Task.FromResult(new ExecutionResult(new ExecutionError(
                    $"The operation selects {(size == long.MaxValue ? "too many" : size.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields once its fragments are expanded; "
                    + $"at most {max} are allowed (GraphQL:MaxFields).")
                { Code = ErrorCode }));
            }
        }

        return next(options);
    }

    /// <summary>Fields in the selection set with fragments expanded, saturating instead of overflowing; a cycle counts 0 (validation reports it).</summary>
    private static long Size(GraphQLDocument document, GraphQLSelectionSet? selectionSet, Dictionary<string, long> measured, HashSet<string> inProgress)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var size = selection switch
            {
                GraphQLField field => Add(1, Size(document, field.SelectionSet, measured, inProgress)),
                GraphQLInlineFragment inline => Size(document, inline.SelectionSet, measured, inProgress),
                GraphQLFragmentSpread spread => FragmentSize(document, spread.FragmentName.Name.StringValue, measured, inProgress),
                _ => 0,
            };
            total = Add(total, size);
        }

        return total;
    }

    private static long FragmentSize(GraphQLDocument document, string name, Dictionary<string, long> measured, HashSet<string> inProgress)
    {
        if (measured.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!inProgress.Add(name) || document.FindFragmentDefinition(name) is not { } fragment)
        {
            return 0;
        }

        var size = Size(document, fragment.SelectionSet, measured, inProgress);
        inProgress.Remove(name);
        measured[name] = size;
        return size;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
