namespace CeGraph.Api.Cli.Dataset;

/// <summary>The whole of <c>outlines.json</c>.</summary>
public sealed record OutlinesDocument(
    IReadOnlyList<DisciplineRecord>? Disciplines,
    IReadOnlyList<SponsorRecord>? Sponsors,
    IReadOnlyList<OutlineRecord>? Outlines);
