using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>
/// One evaluation written as a spec: a requirement, the activities that exist, the completions and <c>asOf</c>.
/// Immutable: every step returns a new scenario, so a shared base can be extended per test.
/// </summary>
public sealed record Scenario(
    RequirementSpec Requirement,
    DateOnly AsOf,
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<CompletionFact> Completions)
{
    public static Scenario For(RequirementSpec requirement, string asOf) => new(requirement, Day.Of(asOf), [], []);

    public Scenario With(params ActivityBuilder[] activities) =>
        this with { Activities = [.. Activities, .. activities.Select(a => a.Build())] };

    public Scenario Completed(string activityCode, string on) =>
        this with { Completions = [.. Completions, new CompletionFact(activityCode, Day.Of(on))] };

    public EvaluationInput Input =>
        new(Requirement, Completions, Activities.ToDictionary(a => a.Code, StringComparer.Ordinal), AsOf);

    public EvaluationResult Evaluate() => RequirementEvaluator.Evaluate(Input);
}
