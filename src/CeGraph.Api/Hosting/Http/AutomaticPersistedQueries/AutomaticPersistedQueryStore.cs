using CeGraph.Api.Hardening;
using CeGraph.Api.Hardening.PersistedOperations;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;

/// <summary>
/// Apollo's automatic persisted queries (APQ) for GET and POST. A request with <c>extensions.persistedQuery</c> and no
/// <c>query</c> runs the text stored under its hash, or answers <c>PERSISTED_QUERY_NOT_FOUND</c> (HTTP 200, as Apollo's
/// clients expect) so that the client sends the text with the hash; a text sent with a hash that is not its SHA-256 is
/// refused unexecuted, and one that matches is remembered once it has executed (so refused documents — invalid, too
/// costly, or not trusted for a PARTNER — never fill the store). The store is this node's memory, bounded in characters
/// (<see cref="GraphQLLimits.AutomaticPersistedQueriesMaxCharacters"/>, least recently used first out): another node
/// answers NOT_FOUND once and learns the text from the client's retry. The published persisted operations are found
/// by their hash too. APQ only supplies text: every rule for text (length, cost, trusted documents) still applies to it.
/// </summary>
public sealed class AutomaticPersistedQueryStore : IDisposable
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string InvalidCode = "PERSISTED_QUERY_INVALID";

    private readonly MemoryCache cache;
    private readonly PersistedOperationStore publishedOperations;
    private readonly bool enabled;

    public AutomaticPersistedQueryStore(IOptions<GraphQLLimits> limits, PersistedOperationStore publishedOperations)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.publishedOperations = publishedOperations ?? throw new ArgumentNullException(nameof(publishedOperations));
        enabled = limits.Value.AutomaticPersistedQueries;
        cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, limits.Value.AutomaticPersistedQueriesMaxCharacters),
            CompactionPercentage = 0.25,
        });
    }

    /// <summary>Texts currently remembered (for tests and diagnostics).</summary>
    public int Count => cache.Count;

    public PersistedQueryResolution Resolve(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Extensions is not { } extensions || !PersistedQueryExtension.IsPresent(extensions))
        {
            return PersistedQueryResolution.Execute(request);
        }

        if (!enabled)
        {
            return PersistedQueryResolution.Fail(NotSupportedCode, "PersistedQueryNotSupported", StatusCodes.Status200OK);
        }

        if (PersistedQueryExtension.Read(extensions, out var problem) is not { } extension)
        {
            return PersistedQueryResolution.Fail(InvalidCode, problem!, StatusCodes.Status400BadRequest);
        }

        if (request.DocumentId is not null)
        {
            return PersistedQueryResolution.Fail(InvalidCode,
                "Send either a 'documentId' or extensions.persistedQuery, not both.", StatusCodes.Status400BadRequest);
        }

        if (!string.IsNullOrEmpty(request.Query))
        {
            var actual = PersistedOperationStore.HashOf(request.Query);
            return actual == extension.Sha256Hash
                ? PersistedQueryResolution.Execute(request, actual)
                : PersistedQueryResolution.Fail(HashMismatchCode,
                    $"extensions.persistedQuery.sha256Hash is not the SHA-256 of the query's UTF-8 text (that is {actual}); the query was not executed.",
                    StatusCodes.Status400BadRequest);
        }

        var text = cache.Get<string>(extension.Sha256Hash) ?? publishedOperations.TextOf(extension.Sha256Hash);
        if (text is null)
        {
            // Apollo's clients recognise the code (newer) or this exact message (older) and resend with the query.
            return PersistedQueryResolution.Fail(NotFoundCode, "PersistedQueryNotFound", StatusCodes.Status200OK);
        }

        return PersistedQueryResolution.Execute(new GraphQLRequest
        {
            Query = text,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
        });
    }

    /// <summary>Remembers <paramref name="query"/> under its hash (called after it executed).</summary>
    public void Remember(string hash, string query)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(query);
        cache.Set(hash, query, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
    }

    public void Dispose() => cache.Dispose();
}
