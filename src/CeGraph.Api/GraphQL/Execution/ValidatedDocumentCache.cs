using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.Caching.Memory;

namespace CeGraph.Api.GraphQL.Execution;

/// <summary>
/// A bounded process-wide cache of documents that parsed and passed validation, keyed by their exact text. A hit skips
/// parsing and the specification's validation rules, which depend only on the text and the schema (both fixed for the
/// process); so do the limits that depend only on the text (<see cref="Hardening.DocumentOnlyRule"/>), and the cost when no
/// variable changes it (<see cref="Hardening.QueryCostRule"/>). Every other rule (cost by variables, list sizes in variables,
/// API key, GET-only-queries, whatever is registered) still runs on every request, because those depend on variables, the
/// caller or the transport. Documents that failed validation are never cached. Runs after the steps that rewrite or refuse
/// the text (length, line breaks, persisted ids); the expanded-size check asks <see cref="Contains"/> first.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>Cached text in all, in characters (the parsed tree is a small multiple of its text).</summary>
    public const long MaxCachedCharacters = 4_000_000;

    private static readonly HashSet<IValidationRule> SpecificationRules = new(DocumentValidator.CoreRules, ReferenceEqualityComparer.Instance);
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxCachedCharacters });

    public float SortOrder => 260;

    /// <summary>The key under which a request served from the cache carries its <see cref="CachedDocument"/> (options' and rules' user context).</summary>
    public const string UserContextKey = "cegraph.cachedDocument";

    public int Count => _documents.Count;

    /// <summary>True when this text passed every rule before (so it is within every limit that depends only on the text).</summary>
    public bool Contains(string query) => _documents.TryGetValue(query, out _);

    /// <summary>The cache entry the request being validated was served from, or null when it was parsed and is validated in full.</summary>
    public static CachedDocument? Of(global::GraphQL.Validation.ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(UserContextKey, out var entry) ? entry as CachedDocument : null;
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out CachedDocument? cached) && cached is not null)
        {
            options.Document = cached.Document;
            options.UserContext[UserContextKey] = cached;
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !SpecificationRules.Contains(rule))];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            _documents.Set(query, CachedDocument.Of(document), new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
