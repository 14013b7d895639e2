using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class CreditDistributionConfiguration : IEntityTypeConfiguration<CreditDistribution>
{
    public void Configure(EntityTypeBuilder<CreditDistribution> builder)
    {
        builder.HasIndex(d => new { d.ActivityId, d.DisciplineId, d.Kind }).IsUnique();
        builder.HasIndex(d => new { d.DisciplineId, d.ActivityId });
        builder.HasOne(d => d.Activity).WithMany(a => a.Distributions).HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Discipline).WithMany().HasForeignKey(d => d.DisciplineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Outline).WithMany().HasForeignKey(d => d.OutlineId).OnDelete(DeleteBehavior.Restrict);
    }
}
