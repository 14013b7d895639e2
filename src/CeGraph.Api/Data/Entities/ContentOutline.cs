using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>One version of one discipline's outline of one kind. A published version is immutable.</summary>
public sealed class ContentOutline
{
    public int Id { get; set; }

    public int DisciplineId { get; set; }

    public Discipline? Discipline { get; set; }

    public OutlineKind Kind { get; set; }

    public required string Version { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveUntil { get; set; }

    /// <summary>Where the outline was transcribed from (seeded outlines only).</summary>
    public string? Source { get; set; }

    public List<ContentCategory> Categories { get; set; } = [];
}
