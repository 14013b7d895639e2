namespace CeGraph.Api.Cli.Dataset;

/// <summary>One outline version, identified by discipline + kind + version.</summary>
public sealed record OutlineRecord(
    string? Discipline,
    string? Kind,
    string? Version,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    IReadOnlyList<CategoryRecord>? Categories);
