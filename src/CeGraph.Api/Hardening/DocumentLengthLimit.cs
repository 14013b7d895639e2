using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening;

/// <summary>Refuses query text longer than <see cref="GraphQLLimits.MaxDocumentLength"/> before it is parsed.</summary>
public sealed class DocumentLengthLimit(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    public const string ErrorCode = "DOCUMENT_TOO_LARGE";

    /// <summary>Before persisted documents (200) are looked up: only text the client sent is measured.</summary>
    public float SortOrder => 140;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var max = limits.Value.MaxDocumentLength;
        if (options.Query is { } query && query.Length > max)
        {
            return Task.FromResult(new ExecutionResult(new ExecutionError(
                $"The query text has {query.Length} characters; at most {max} are allowed (GraphQL:MaxDocumentLength). "
                + "Persisted operations (documentId) have no such limit.")
            { Code = ErrorCode }));
        }

        return next(options);
    }
}
