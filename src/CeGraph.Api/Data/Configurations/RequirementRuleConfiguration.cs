using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class RequirementRuleConfiguration : IEntityTypeConfiguration<RequirementRule>
{
    public void Configure(EntityTypeBuilder<RequirementRule> builder)
    {
        builder.HasIndex(r => new { r.RequirementId, r.Ordinal }).IsUnique();
        builder.HasOne(r => r.Requirement).WithMany(q => q.Rules).HasForeignKey(r => r.RequirementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
