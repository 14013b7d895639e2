namespace CeGraph.Api.Cli.Dataset;

public sealed record SponsorRecord(string? Code, string? Name);
