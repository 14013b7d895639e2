using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace CeGraph.Api.Hardening.PersistedOperations;

/// <summary>
/// The persisted (trusted) operations: every <c>*.graphql</c> file in <see cref="GraphQLLimits.PersistedOperationsPath"/>
/// (default: <c>PersistedOperations</c> beside the application), read once at start and keyed by the SHA-256 of the file's
/// UTF-8 text in lower-case hex. Clients send <c>{"documentId":"sha256:&lt;hex&gt;"}</c> instead of the text.
/// </summary>
public sealed class PersistedOperationStore : IPersistedDocumentLoader
{
    public const string Prefix = "sha256";
    public const string FolderName = "PersistedOperations";

    private readonly FrozenDictionary<string, PersistedOperation> byHash;

    public PersistedOperationStore(IOptions<GraphQLLimits> limits, ILogger<PersistedOperationStore> logger)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(logger);
        var folder = limits.Value.PersistedOperationsPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, FolderName);
        byHash = Load(folder).ToFrozenDictionary(o => o.Hash, StringComparer.Ordinal);
        Folder = folder;
        logger.LogInformation("{Count} persisted operations loaded from {Folder}.", byHash.Count, folder);
    }

    public string Folder { get; }

    public IReadOnlyCollection<PersistedOperation> Operations => byHash.Values;

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The document id a client sends for <paramref name="text"/>.</summary>
    public static string DocumentIdOf(string text) => $"{Prefix}:{HashOf(text)}";

    /// <summary>True when <paramref name="query"/> is, character for character, one of the persisted operations.</summary>
    public bool ContainsText(string query) =>
        byHash.TryGetValue(HashOf(query), out var operation) && string.Equals(operation.Text, query, StringComparison.Ordinal);

    /// <summary>The text of the persisted operation with this SHA-256 (lower-case hex), or null.</summary>
    public string? TextOf(string hash) => byHash.TryGetValue(hash, out var operation) ? operation.Text : null;

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(documentIdPrefix == Prefix && byHash.TryGetValue(documentIdPayload, out var operation) ? operation.Text : null);

    private static IEnumerable<PersistedOperation> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            yield return new PersistedOperation(Path.GetFileNameWithoutExtension(file), HashOf(text), text);
        }
    }
}
