using CeGraph.Api.Security;
using CeGraph.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// Remembers <c>totalCount</c> answers by what they count (filter, sponsor scope, what the caller may see) and by the
/// catalog version they were counted at: the position of the newest change-log entry, which every write to activities,
/// distributions and outlines appends in its own transaction (Data/ChangeLog/CatalogChangeWriter), on whichever node or process
/// wrote it. A count is reused only while the version it was counted at is still the newest, so it is never stale, with
/// one node or several on one database. The version rides along with the page's own statement (no extra round trip);
/// a count is the one part of a page whose cost grows with the catalog (it reads every matching row), so this is where
/// a repeated catalogue page saves most.
/// </summary>
public sealed class ActivityCountCache : IDisposable
{
    /// <summary>Distinct counts remembered; a count is a few dozen bytes plus its key.</summary>
    public const int MaxEntries = 10_000;

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>The key of a count: what the caller may see, the sponsor scope, and the filter's canonical text.</summary>
    public static string KeyFor(Caller caller, int? sponsorScope, string filterKey)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var sees = caller.Has(ApiRole.Reviewer) ? "all" : caller.Role == ApiRole.Sponsor ? $"sponsor:{caller.SponsorId}" : "published";
        return $"{sees}|{sponsorScope}|{filterKey}";
    }

    public async Task<int> GetOrCountAsync(string key, long version, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (_counts.TryGetValue(key, out VersionedCount? cached) && cached is not null && cached.Version == version)
        {
            return cached.Count;
        }

        var counted = await count(cancellationToken);
        _counts.Set(key, new VersionedCount(version, counted), new MemoryCacheEntryOptions { Size = 1 });
        return counted;
    }

    public void Dispose() => _counts.Dispose();

    private sealed record VersionedCount(long Version, int Count);
}
