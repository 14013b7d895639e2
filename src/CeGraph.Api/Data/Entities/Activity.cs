using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>A CE activity submitted by a sponsor. Credits are stored as hundredths (exact, comparable in SQL).</summary>
public sealed class Activity
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public int SponsorId { get; set; }

    public Sponsor? Sponsor { get; set; }

    public long CreditHundredths { get; set; }

    public CeCategory CeCategory { get; set; }

    public ActivityStatus Status { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>True for the generated sample catalog, never for imported or submitted activities.</summary>
    public bool IsSample { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change to the activity or its distributions.</summary>
    public Guid Revision { get; set; }

    /// <summary>When the activity or one of its distributions last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }

    public List<CreditDistribution> Distributions { get; set; } = [];

    public Credits Credits => new(CreditHundredths);
}
