namespace CeGraph.Domain.Evaluation;

/// <summary>
/// What <see cref="CompletionScreen"/> decided. <paramref name="Admitted"/> is sorted by activity code (ordinal) with each
/// activity once; <paramref name="Ignored"/> is sorted by activity code, completion date, then reason.
/// </summary>
internal sealed record ScreenedCompletions(
    IReadOnlyList<AdmittedActivity> Admitted,
    IReadOnlyList<IgnoredCompletion> Ignored);
