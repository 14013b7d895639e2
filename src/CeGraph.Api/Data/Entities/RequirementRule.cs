using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

public sealed class RequirementRule
{
    public int Id { get; set; }

    public int RequirementId { get; set; }

    public Requirement? Requirement { get; set; }

    public RuleKind Kind { get; set; }

    public int? CategoryId { get; set; }

    public ContentCategory? Category { get; set; }

    public long CreditHundredths { get; set; }

    public int Ordinal { get; set; }
}
