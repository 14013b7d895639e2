using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data.Postgres;

/// <summary>The PostgreSQL store for scale (<c>Database:Provider=Postgres</c>); its migrations live beside it.</summary>
public sealed class PostgresCeGraphDbContext(DbContextOptions<PostgresCeGraphDbContext> options) : CeGraphDbContext(options);
