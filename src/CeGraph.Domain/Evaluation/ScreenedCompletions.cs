namespace CeGraph.Domain.Evaluation;

/// <summary>
/// What <see cref="CompletionScreen"/> decided. The first <paramref name="AdmittedCount"/> entries of
/// <paramref name="AdmittedBuffer"/> (rented from the shared array pool; the evaluator returns it) are sorted by activity
/// code (ordinal) with each activity once; <paramref name="Ignored"/> is sorted by activity code, completion date, then reason.
/// </summary>
internal readonly record struct ScreenedCompletions(
    AdmittedActivity[] AdmittedBuffer,
    int AdmittedCount,
    IgnoredCompletion[] Ignored)
{
    public ReadOnlySpan<AdmittedActivity> Admitted => AdmittedBuffer.AsSpan(0, AdmittedCount);
}
