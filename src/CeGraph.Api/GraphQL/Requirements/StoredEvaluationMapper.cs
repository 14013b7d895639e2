using CeGraph.Domain.Evaluation;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>Turns the engine's result into the stored form, attaching the rule, activity and category ids the graph needs (and, for a stored check, the activities as recorded).</summary>
public static class StoredEvaluationMapper
{
    /// <summary>The stored form; with <paramref name="recordActivities"/> (a check that is stored) each contribution records its activity as it is now.</summary>
    public static StoredEvaluation From(EvaluationResult result, RequirementContext requirement, ActivityFacts activities, bool recordActivities)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(activities);
        var spec = requirement.Spec;
        var rules = result.Rules.Select((outcome, index) => new StoredRuleResult(
            requirement.Rules[index].Ordinal,
            outcome.Required.ToDecimal(),
            outcome.Earned.ToDecimal(),
            outcome.Remaining.ToDecimal(),
            outcome.Satisfied,
            outcome.Detail,
            [.. outcome.Contributions.Select(c => new StoredContribution(
                activities.ActivityIdByCode[c.ActivityCode],
                c.ActivityCode,
                c.InRequirementOutline
                    ? requirement.CategoryIdByCode[c.CategoryCode]
                    : activities.LineCategoryIds[(c.ActivityCode, spec.DisciplineCode, spec.OutlineKind, c.CategoryCode)],
                c.CategoryCode,
                c.Credits.ToDecimal(),
                c.InRequirementOutline,
                recordActivities ? activities.Records[(c.ActivityCode, spec.DisciplineCode, spec.OutlineKind)] : null))])).ToArray();
        var ignored = result.Ignored.Select(i => new StoredIgnored(i.ActivityCode, i.CompletedOn, i.Reason, i.Detail)).ToArray();
        return new StoredEvaluation(rules, ignored);
    }
}
