using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

public sealed class Discipline
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The pathways the discipline is offered on; MR and VS are on both.</summary>
    public List<Pathway> Pathways { get; set; } = [];

    public List<ContentOutline> Outlines { get; set; } = [];
}
