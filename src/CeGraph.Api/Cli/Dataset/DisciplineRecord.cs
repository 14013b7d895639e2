namespace CeGraph.Api.Cli.Dataset;

public sealed record DisciplineRecord(string? Code, string? Name, IReadOnlyList<string>? Pathways);
