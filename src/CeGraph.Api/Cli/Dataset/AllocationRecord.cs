namespace CeGraph.Api.Cli.Dataset;

/// <summary>One distribution line: credits (a decimal string) in one category code.</summary>
public sealed record AllocationRecord(string? Category, string? Credits);
