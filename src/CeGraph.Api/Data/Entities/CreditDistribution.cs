using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>How a reviewer divided an activity's credits among one discipline's outline categories.</summary>
public sealed class CreditDistribution
{
    public int Id { get; set; }

    public int ActivityId { get; set; }

    public Activity? Activity { get; set; }

    public int DisciplineId { get; set; }

    public Discipline? Discipline { get; set; }

    public int OutlineId { get; set; }

    public ContentOutline? Outline { get; set; }

    /// <summary>The outline's kind, kept here so "one distribution per discipline and kind" is a unique index.</summary>
    public OutlineKind Kind { get; set; }

    public long TotalHundredths { get; set; }

    public DateTime AssignedAt { get; set; }

    /// <summary>When the distribution last changed (UTC): assigned, replaced, or rewritten by an import.</summary>
    public DateTime UpdatedAt { get; set; }

    public List<CreditAllocation> Lines { get; set; } = [];
}
