using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Cli.Export;

/// <summary>All non-sample activities ordered by code byte by byte, whatever the database's collation.</summary>
public static class ActivitiesByCode
{
    /// <summary>PostgreSQL's "C" collation orders by bytes, like SQLite's default BINARY and .NET's ordinal comparison.</summary>
    private const string PostgresByteOrder = "C";

    public static IQueryable<Activity> Query(CeGraphDbContext db, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(db);
        var activities = db.Activities.AsNoTracking().Where(a => !a.IsSample);
        return provider == DatabaseProvider.Postgres
            ? activities.OrderBy(a => EF.Functions.Collate(a.Code, PostgresByteOrder))
            : activities.OrderBy(a => a.Code);
    }
}
