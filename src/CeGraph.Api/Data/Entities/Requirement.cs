using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>
/// A requirement: seeded structured education (public), or a CQR prescription issued for one learner.
/// Exactly one of the window forms is set: <see cref="WindowMonths"/> or both dates.
/// </summary>
public sealed class Requirement
{
    public int Id { get; set; }

    public RequirementKind Kind { get; set; }

    public required string Name { get; set; }

    public int DisciplineId { get; set; }

    public Discipline? Discipline { get; set; }

    public int OutlineId { get; set; }

    public ContentOutline? Outline { get; set; }

    public DateOnly? WindowStart { get; set; }

    public DateOnly? WindowEnd { get; set; }

    public int? WindowMonths { get; set; }

    /// <summary>The learner a CQR prescription was issued for (an LMS's own reference).</summary>
    public string? LearnerRef { get; set; }

    /// <summary>Seeded requirements are public; prescriptions are visible to their issuer, partners with the id, and ADMIN.</summary>
    public bool IsPublic { get; set; }

    public int? IssuedByKeyId { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<RequirementRule> Rules { get; set; } = [];
}
