using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>The embedded default store; its migrations live beside it.</summary>
public sealed class SqliteCeGraphDbContext(DbContextOptions<SqliteCeGraphDbContext> options) : CeGraphDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Entities.Discipline>().Property(d => d.Pathways)
            .HasConversion(new PathwaysTextConverter(), PathwaysTextConverter.Comparer);
        modelBuilder.HasDbFunction(typeof(TextFunctions).GetMethod(nameof(TextFunctions.Lower))!)
            .HasTranslation(arguments => new SqlFunctionExpression(
                "lower", arguments, nullable: true, argumentsPropagateNullability: [true], typeof(string), null));
    }
}
