using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace CeGraph.Api.Data.Postgres;

/// <summary>The PostgreSQL store for scale (<c>Database:Provider=Postgres</c>); its migrations live beside it.</summary>
public sealed class PostgresCeGraphDbContext(DbContextOptions<PostgresCeGraphDbContext> options) : CeGraphDbContext(options)
{
    /// <summary>
    /// Codes and titles compare and sort by code point ("C" collation), whatever the server's locale: the API promises ordinal
    /// ordering, SQLite's default is binary, and keyset cursors need the database and the API to agree on one order.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Activity>().Property(a => a.Code).UseCollation("C");
        modelBuilder.Entity<Activity>().Property(a => a.Title).UseCollation("C");
        modelBuilder.Entity<Sponsor>().Property(s => s.Code).UseCollation("C");
        modelBuilder.Entity<Discipline>().Property(d => d.Code).UseCollation("C");
        modelBuilder.Entity<ContentCategory>().Property(c => c.Code).UseCollation("C");
        modelBuilder.HasDbFunction(typeof(TextFunctions).GetMethod(nameof(TextFunctions.Lower))!)
            .HasTranslation(arguments => new SqlFunctionExpression(
                "lower", [new CollateExpression(arguments[0], "default")], nullable: true, argumentsPropagateNullability: [true], typeof(string), null));
    }
}
