using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Data;

/// <summary>
/// The CeGraph store. Each provider has its own subclass (and so its own migration set):
/// <see cref="Sqlite.SqliteCeGraphDbContext"/> and, for scale, a PostgreSQL one.
/// </summary>
public abstract class CeGraphDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Discipline> Disciplines => Set<Discipline>();

    public DbSet<ContentOutline> Outlines => Set<ContentOutline>();

    public DbSet<ContentCategory> Categories => Set<ContentCategory>();

    public DbSet<Sponsor> Sponsors => Set<Sponsor>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<CreditDistribution> Distributions => Set<CreditDistribution>();

    public DbSet<CreditAllocation> Allocations => Set<CreditAllocation>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<RequirementRule> RequirementRules => Set<RequirementRule>();

    public DbSet<FulfillmentCheck> FulfillmentChecks => Set<FulfillmentCheck>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<CatalogChange> CatalogChanges => Set<CatalogChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CeGraphDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: readable in the database and stable if members are reordered.
        configurationBuilder.Properties<Domain.OutlineKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.CeCategory>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.ActivityStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.RequirementKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.RuleKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.ApiRole>().HaveConversion<string>().HaveMaxLength(16);
    }
}
