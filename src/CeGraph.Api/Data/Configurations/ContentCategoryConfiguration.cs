using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class ContentCategoryConfiguration : IEntityTypeConfiguration<ContentCategory>
{
    public void Configure(EntityTypeBuilder<ContentCategory> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.HasIndex(c => new { c.OutlineId, c.Code }).IsUnique();
        builder.HasIndex(c => c.Code);
        builder.HasOne(c => c.Outline).WithMany(o => o.Categories).HasForeignKey(c => c.OutlineId);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
