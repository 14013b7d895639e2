using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>
/// One entry of the durable change log, written in the same transaction as the change it records. <see cref="Position"/>
/// is the commit order (see <c>Data/ChangeLog/CatalogChangeWriter</c> for why it has no gaps a reader could skip). The
/// visibility columns (status before and after, sponsor, issuing key) are copied here so the log can be filtered exactly as
/// the entity was visible when the change happened, without joining rows that may have changed since.
/// </summary>
public sealed class CatalogChange
{
    public long Position { get; set; }

    /// <summary>Stable id to deduplicate by (a redelivered event keeps it).</summary>
    public Guid EventId { get; set; }

    public CatalogChangeKind Kind { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The GraphQL type name of the changed entity (Activity, CreditDistribution, ContentOutline, Requirement).</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public int? ActivityId { get; set; }

    public string? ActivityCode { get; set; }

    public int? SponsorId { get; set; }

    public string? SponsorCode { get; set; }

    /// <summary>The disciplines the change touches, as <c>|CT|MR|</c> (matched with LIKE), or null when none.</summary>
    public string? DisciplineCodes { get; set; }

    public ActivityStatus? StatusBefore { get; set; }

    public ActivityStatus? StatusAfter { get; set; }

    /// <summary>For requirements: public (seeded) or a prescription visible to its issuer and reviewers.</summary>
    public bool IsPublic { get; set; }

    public int? IssuedByKeyId { get; set; }

    /// <summary>What changed, as a JSON array of <c>{"field","before","after"}</c> (see <c>Data/ChangeLog/FieldChange</c>).</summary>
    public required string Changes { get; set; }
}
