using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>The embedded default store; its migrations live beside it.</summary>
public sealed class SqliteCeGraphDbContext(DbContextOptions<SqliteCeGraphDbContext> options) : CeGraphDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Entities.Discipline>().Property(d => d.Pathways)
            .HasConversion(new PathwaysTextConverter(), PathwaysTextConverter.Comparer);
        // A plain mapping to the built-in lower() (which SqliteUnicodeLowerInterceptor replaces on every connection), not a
        // custom translation: compiled models cannot hold those, and this context has one (CompiledModel/).
        modelBuilder.HasDbFunction(typeof(TextFunctions).GetMethod(nameof(TextFunctions.Lower))!, function =>
        {
            function.HasName("lower").IsBuiltIn().IsNullable();
            function.HasParameter("value").PropagatesNullability();
        });
    }
}
