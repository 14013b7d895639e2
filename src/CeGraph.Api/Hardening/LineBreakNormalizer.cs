using GraphQL;
using GraphQL.DI;

namespace CeGraph.Api.Hardening;

/// <summary>
/// Turns bare carriage returns in the query text into line feeds before anything parses it. GraphQL-Parser 9.5 counts a
/// bare CR as a line break when it locates a syntax error but not when it prints the offending line, and then throws
/// IndexOutOfRangeException instead of a syntax error: found by fuzzing, it made any malformed document with a CR an
/// "unexpected failure". The change keeps the meaning: CR, LF and CRLF are all line terminators in GraphQL, strings cannot
/// hold a raw one, and block strings normalise them to LF anyway.
/// </summary>
public sealed class LineBreakNormalizer : IConfigureExecution
{
    /// <summary>After persisted documents (200) are looked up, before the expanded-size check (250) parses the text.</summary>
    public float SortOrder => 240;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Query is { } query && query.Contains('\r', StringComparison.Ordinal))
        {
            options.Query = query.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return next(options);
    }
}
