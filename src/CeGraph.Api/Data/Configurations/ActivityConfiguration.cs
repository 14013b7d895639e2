using CeGraph.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeGraph.Api.Data.Configurations;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.RejectionReason).HasMaxLength(2000);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Ignore(a => a.Credits);
        builder.HasIndex(a => a.Code).IsUnique();

        // Keyset paging: every sort order ends with Id, so (key, Id) indexes serve each order without a sort step.
        builder.HasIndex(a => new { a.Title, a.Id });
        builder.HasIndex(a => new { a.CreditHundredths, a.Id });
        builder.HasIndex(a => new { a.ApprovedOn, a.Id });
        builder.HasIndex(a => new { a.SponsorId, a.Id });
        builder.HasIndex(a => new { a.Status, a.Id });
        builder.HasIndex(a => new { a.UpdatedAt, a.Id });
        builder.HasOne(a => a.Sponsor).WithMany().HasForeignKey(a => a.SponsorId).OnDelete(DeleteBehavior.Restrict);
    }
}
