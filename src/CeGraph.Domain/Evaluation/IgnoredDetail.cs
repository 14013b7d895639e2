namespace CeGraph.Domain.Evaluation;

/// <summary>The human-readable sentence that goes with each <see cref="IgnoredReason"/>.</summary>
internal static class IgnoredDetail
{
    public static string UnknownActivity(CompletionFact completion) =>
        $"No activity has the code {completion.ActivityCode}.";

    public static string Duplicate(CompletionFact completion, DateOnly countedOn) =>
        $"Activity {completion.ActivityCode} already counted from its completion on {EvaluationText.Date(countedOn)}; an activity counts once.";

    public static string NotDistributed(CompletionFact completion, ActivityFact activity) => activity.Status switch
    {
        ActivityStatus.Rejected => $"Activity {completion.ActivityCode} was rejected in review.",
        ActivityStatus.Submitted => $"Activity {completion.ActivityCode} is still in review; its credits are not distributed yet.",
        _ => $"Activity {completion.ActivityCode} has no credit distribution yet.",
    };

    public static string NotTargeted(CompletionFact completion, RequirementSpec requirement) =>
        $"Activity {completion.ActivityCode} has no credits distributed to {EvaluationText.Outline(requirement.DisciplineCode, requirement.OutlineKind)}.";

    public static string OutsideWindow(CompletionFact completion, ResolvedWindow window) =>
        $"Completed {EvaluationText.Date(completion.CompletedOn)}, {(completion.CompletedOn < window.Start ? "before" : "after")} the window {EvaluationText.Window(window)}.";

    public static string Expired(CompletionFact completion, DateOnly expiresOn) =>
        $"Completed {EvaluationText.Date(completion.CompletedOn)}, after the activity's approval expired on {EvaluationText.Date(expiresOn)}.";
}
