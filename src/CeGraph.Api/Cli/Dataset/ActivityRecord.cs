namespace CeGraph.Api.Cli.Dataset;

/// <summary>One line of <c>activities.jsonl</c>. Every member is nullable so a missing field becomes a clear rejection reason.</summary>
public sealed record ActivityRecord(
    string? Code,
    string? Title,
    string? Sponsor,
    string? Credits,
    string? CeCategory,
    string? Status,
    string? ApprovedOn,
    string? ExpiresOn,
    IReadOnlyList<DistributionRecord?>? Distributions);
