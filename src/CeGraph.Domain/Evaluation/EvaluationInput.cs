namespace CeGraph.Domain.Evaluation;

/// <summary>Everything one evaluation depends on. <paramref name="Activities"/> is keyed by activity code.</summary>
public sealed record EvaluationInput(
    RequirementSpec Requirement,
    IReadOnlyList<CompletionFact> Completions,
    IReadOnlyDictionary<string, ActivityFact> Activities,
    DateOnly AsOf);
