namespace CeGraph.Api.Cli.Dataset;

/// <summary>A category and its children, in document order.</summary>
public sealed record CategoryRecord(string? Code, string? Name, int? ExamItems, IReadOnlyList<CategoryRecord>? Children);
