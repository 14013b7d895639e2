using System.Globalization;

namespace CeGraph.Domain.Evaluation;

/// <summary>
/// The human-readable sentence that goes with each <see cref="IgnoredReason"/>. Dates are ISO (yyyy-MM-dd), formatted
/// straight into the sentence with the invariant culture as a date's round-trip format "O" (the same text as the custom
/// "yyyy-MM-dd", through the formatter's fast path instead of its pattern walk).
/// </summary>
internal static class IgnoredDetail
{
    public static string UnknownActivity(CompletionFact completion) =>
        $"No activity has the code {completion.ActivityCode}.";

    public static string Duplicate(CompletionFact completion, DateOnly countedOn) => string.Create(
        CultureInfo.InvariantCulture,
        $"Activity {completion.ActivityCode} already counted from its completion on {countedOn:O}; an activity counts once.");

    /// <summary>
    /// One sentence for every unpublished state: the requirement semantics name only "no distribution yet, or rejected", and the
    /// check's reader may not be allowed to tell a rejection from a review still running.
    /// </summary>
    public static string NotDistributed(CompletionFact completion) =>
        $"Activity {completion.ActivityCode} has no published credit distribution (not distributed yet, or rejected).";

    public static string NotTargeted(CompletionFact completion, RequirementSpec requirement) =>
        $"Activity {completion.ActivityCode} has no credits distributed to {requirement.DisciplineCode} {EvaluationText.Kind(requirement.OutlineKind)}.";

    public static string OutsideWindow(CompletionFact completion, ResolvedWindow window) => string.Create(
        CultureInfo.InvariantCulture,
        $"Completed {completion.CompletedOn:O}, {(completion.CompletedOn < window.Start ? "before" : "after")} the window {window.Start:O} – {window.End:O}.");

    public static string Expired(CompletionFact completion, DateOnly expiresOn) => string.Create(
        CultureInfo.InvariantCulture,
        $"Completed {completion.CompletedOn:O}, after the activity's approval expired on {expiresOn:O}.");
}
