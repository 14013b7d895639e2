using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.Property(r => r.LearnerRef).HasMaxLength(200);
        builder.HasIndex(r => new { r.DisciplineId, r.Kind, r.IsPublic });
        builder.HasOne(r => r.Discipline).WithMany().HasForeignKey(r => r.DisciplineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Outline).WithMany().HasForeignKey(r => r.OutlineId).OnDelete(DeleteBehavior.Restrict);
    }
}
