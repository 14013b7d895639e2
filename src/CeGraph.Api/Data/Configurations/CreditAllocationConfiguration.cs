using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class CreditAllocationConfiguration : IEntityTypeConfiguration<CreditAllocation>
{
    public void Configure(EntityTypeBuilder<CreditAllocation> builder)
    {
        builder.HasIndex(l => new { l.DistributionId, l.Ordinal });
        builder.HasIndex(l => new { l.CategoryId, l.DistributionId });
        builder.HasOne(l => l.Distribution).WithMany(d => d.Lines).HasForeignKey(l => l.DistributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Category).WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
