using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class DisciplineConfiguration : IEntityTypeConfiguration<Discipline>
{
    public void Configure(EntityTypeBuilder<Discipline> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.PrimitiveCollection(d => d.Pathways);
    }
}
