namespace CeGraph.Domain.Evaluation;

/// <summary>
/// The engine's answer: every rule with what it earned and why, and every completion that did not count.
/// <paramref name="CountedActivityCodes"/> lists, sorted, the activities that were counted.
/// </summary>
public sealed record EvaluationResult(
    bool Fulfilled,
    Credits CountedCredits,
    IReadOnlyList<RuleOutcome> Rules,
    IReadOnlyList<IgnoredCompletion> Ignored,
    IReadOnlyList<string> CountedActivityCodes);

/// <summary>One rule's result. <paramref name="Detail"/> explains anything unusual (for example lines outside the outline version).</summary>
public sealed record RuleOutcome(
    RuleSpec Rule,
    Credits Required,
    Credits Earned,
    Credits Remaining,
    bool Satisfied,
    IReadOnlyList<Contribution> Contributions,
    string? Detail);

/// <summary>
/// Credits of one activity's distribution line that count toward a rule. <paramref name="InRequirementOutline"/> is false
/// for a line whose category code does not exist in the requirement's outline version (it counts toward TOTAL_CREDITS only).
/// </summary>
public sealed record Contribution(string ActivityCode, string CategoryCode, Credits Credits, bool InRequirementOutline);

/// <summary>A completion that did not count, and why.</summary>
public sealed record IgnoredCompletion(string ActivityCode, DateOnly CompletedOn, IgnoredReason Reason, string Detail);
