using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>The embedded default store; its migrations live beside it.</summary>
public sealed class SqliteCeGraphDbContext(DbContextOptions<SqliteCeGraphDbContext> options) : CeGraphDbContext(options);
