namespace CeGraph.Api.Cli.Dataset;

/// <summary>An activity's credits divided among the categories of one outline version.</summary>
public sealed record DistributionRecord(string? Discipline, string? Kind, string? Version, IReadOnlyList<AllocationRecord?>? Lines);
