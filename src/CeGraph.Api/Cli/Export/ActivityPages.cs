using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>Keyset pages of non-sample activities by code, compared byte by byte whatever the database's collation.</summary>
public static class ActivityPages
{
    /// <summary>PostgreSQL's "C" collation orders by bytes, like SQLite's default BINARY and .NET's ordinal comparison.</summary>
    private const string PostgresByteOrder = "C";

    public static Task<List<Activity>> NextAsync(CeGraphDbContext db, DatabaseProvider provider, string? after, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var activities = db.Activities.AsNoTracking().Where(a => !a.IsSample);
        if (provider == DatabaseProvider.Postgres)
        {
            if (after is not null)
            {
                activities = activities.Where(a => string.Compare(EF.Functions.Collate(a.Code, PostgresByteOrder), after) > 0);
            }

            return activities.OrderBy(a => EF.Functions.Collate(a.Code, PostgresByteOrder)).Take(size).ToListAsync(cancellationToken);
        }

        if (after is not null)
        {
            activities = activities.Where(a => string.Compare(a.Code, after) > 0);
        }

        return activities.OrderBy(a => a.Code).Take(size).ToListAsync(cancellationToken);
    }
}
