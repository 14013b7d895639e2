namespace CeGraph.Domain.Evaluation;

/// <summary>A learner completed the activity with this code on this date.</summary>
public sealed record CompletionFact(string ActivityCode, DateOnly CompletedOn);
