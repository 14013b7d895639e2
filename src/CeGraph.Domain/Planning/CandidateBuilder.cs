using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// Screens the catalog for activities a plan may add, and computes what each would add to every rule. An activity is eligible
/// when it is DISTRIBUTED, has a distribution for the requirement's discipline and outline kind, has not expired before
/// <c>asOf</c> (no <c>expiresOn</c>, or <c>expiresOn ≥ asOf</c>), and appears nowhere in the completions (counted or not:
/// a plan never suggests an activity the learner already reported). Only the first activity of a code counts.
/// </summary>
public static class CandidateBuilder
{
    public static IReadOnlyList<PlanCandidate> Build(EvaluationInput current, IReadOnlyList<ActivityFact> catalog)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(catalog);
        var requirement = current.Requirement;
        var matcher = new RuleMatcher(requirement);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var completion in current.Completions)
        {
            excluded.Add(completion.ActivityCode);
        }

        var candidates = new List<PlanCandidate>();
        for (var a = 0; a < catalog.Count; a++)
        {
            var activity = catalog[a];
            if (activity.Status != ActivityStatus.Distributed
                || activity.ExpiresOn is DateOnly expiresOn && expiresOn < current.AsOf
                || FindDistribution(activity, requirement) is not { } distribution
                || !excluded.Add(activity.Code))
            {
                continue;
            }

            candidates.Add(new PlanCandidate(activity, distribution, matcher.Contributions(distribution.Lines, requirement.Rules.Count)));
        }

        return candidates;
    }

    /// <summary>The first distribution for the requirement's discipline and outline kind, as the engine picks it.</summary>
    public static DistributionFact? FindDistribution(ActivityFact activity, RequirementSpec requirement)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(requirement);
        for (var i = 0; i < activity.Distributions.Count; i++)
        {
            var distribution = activity.Distributions[i];
            if (distribution.Kind == requirement.OutlineKind
                && string.Equals(distribution.DisciplineCode, requirement.DisciplineCode, StringComparison.Ordinal))
            {
                return distribution;
            }
        }

        return null;
    }
}
