namespace CeGraph.Domain.Planning;

/// <summary>An activity of a plan, and what it adds to each rule it helps (<paramref name="Helps"/>, in rule order).</summary>
public sealed record PlannedActivity(PlanCandidate Candidate, IReadOnlyList<RuleHelp> Helps)
{
    public string Code => Candidate.Code;

    /// <summary>The activity's credits: what taking it costs the learner.</summary>
    public Credits Credits => Candidate.Activity.Credits;
}
