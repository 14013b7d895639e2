using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteCeGraphDbContext</c> build the model without starting the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCeGraphDbContext>
{
    public SqliteCeGraphDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCeGraphDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
