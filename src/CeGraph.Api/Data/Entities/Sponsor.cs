namespace CeGraph.Api.Data.Entities;

/// <summary>An organisation that offers CE activities (an RCEEM or a provider approved through one).</summary>
public sealed class Sponsor
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}
