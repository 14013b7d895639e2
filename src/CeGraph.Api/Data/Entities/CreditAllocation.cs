namespace CeGraph.Api.Data.Entities;

/// <summary>One line of a distribution: credits in one category.</summary>
public sealed class CreditAllocation
{
    public int Id { get; set; }

    public int DistributionId { get; set; }

    public CreditDistribution? Distribution { get; set; }

    public int CategoryId { get; set; }

    public ContentCategory? Category { get; set; }

    public long CreditHundredths { get; set; }

    /// <summary>Line order as the reviewer gave it.</summary>
    public int Ordinal { get; set; }
}
