using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// What one fulfillment plan depends on. <paramref name="Current"/> is the evaluation of the learner's completions as they
/// are (requirement, completions, the completed activities' facts, <c>asOf</c>); <paramref name="Catalog"/> the activities that
/// may be added (any superset of the eligible ones: <see cref="CandidateBuilder"/> screens them again). Planned activities are
/// taken to be completed on <c>asOf</c>. <paramref name="MaxActivities"/>, when set, bounds how many may be added (0 or more).
/// </summary>
public sealed record PlanningInput(
    EvaluationInput Current,
    IReadOnlyList<ActivityFact> Catalog,
    PlanObjective Objective,
    int? MaxActivities);
