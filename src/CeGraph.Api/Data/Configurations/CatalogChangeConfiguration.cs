using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class CatalogChangeConfiguration : IEntityTypeConfiguration<CatalogChange>
{
    public void Configure(EntityTypeBuilder<CatalogChange> builder)
    {
        builder.ToTable("CatalogChanges");
        builder.HasKey(c => c.Position);
        builder.Property(c => c.Position).ValueGeneratedOnAdd();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.EntityType).HasMaxLength(32);
        builder.Property(c => c.ActivityCode).HasMaxLength(64);
        builder.Property(c => c.SponsorCode).HasMaxLength(64);
        builder.Property(c => c.DisciplineCodes).HasMaxLength(1000);
        builder.HasIndex(c => c.EventId).IsUnique();
    }
}
