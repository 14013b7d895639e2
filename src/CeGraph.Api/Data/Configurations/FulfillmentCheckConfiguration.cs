using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class FulfillmentCheckConfiguration : IEntityTypeConfiguration<FulfillmentCheck>
{
    public void Configure(EntityTypeBuilder<FulfillmentCheck> builder)
    {
        builder.HasIndex(c => new { c.ApiKeyId, c.Id });
        builder.HasOne(c => c.Requirement).WithMany().HasForeignKey(c => c.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContentOutline>().WithMany().HasForeignKey(c => c.OutlineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(c => c.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
    }
}
