namespace CeGraph.Domain.Evaluation;

/// <summary>One rule: at least <paramref name="Required"/> credits in total, or in one category and below it.</summary>
public sealed record RuleSpec(RuleKind Kind, string? CategoryCode, Credits Required);
