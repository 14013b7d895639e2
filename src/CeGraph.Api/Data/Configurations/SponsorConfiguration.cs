using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class SponsorConfiguration : IEntityTypeConfiguration<Sponsor>
{
    public void Configure(EntityTypeBuilder<Sponsor> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
