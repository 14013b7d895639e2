using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class ContentOutlineConfiguration : IEntityTypeConfiguration<ContentOutline>
{
    public void Configure(EntityTypeBuilder<ContentOutline> builder)
    {
        builder.Property(o => o.Version).HasMaxLength(32);
        builder.Property(o => o.Source).HasMaxLength(1000);
        builder.HasIndex(o => new { o.DisciplineId, o.Kind, o.Version }).IsUnique();
        builder.HasOne(o => o.Discipline).WithMany(d => d.Outlines).HasForeignKey(o => o.DisciplineId);
    }
}
