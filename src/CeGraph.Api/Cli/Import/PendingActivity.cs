using CeGraph.Domain;

namespace CeGraph.Api.Cli.Import;

/// <summary>A validated line of activities.jsonl, resolved to database ids, waiting for its batch to be written.</summary>
public sealed record PendingActivity(
    int LineNumber,
    string Code,
    string Title,
    int SponsorId,
    long CreditHundredths,
    CeCategory CeCategory,
    ActivityStatus Status,
    DateOnly ApprovedOn,
    DateOnly? ExpiresOn,
    IReadOnlyList<PendingDistribution> Distributions);
