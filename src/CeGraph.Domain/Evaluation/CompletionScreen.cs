using System.Buffers;

namespace CeGraph.Domain.Evaluation;

/// <summary>
/// Phase 1 of an evaluation: walks the completions in a stable order (activity code, ordinal; then date) and either
/// admits each activity once or records why a completion does not count. The reasons are checked in the order of
/// <see cref="IgnoredReason"/>, so every ignored completion has exactly one.
/// </summary>
internal static class CompletionScreen
{
    public static ScreenedCompletions Apply(EvaluationInput input)
    {
        var requirement = input.Requirement;
        var window = ResolvedWindow.For(requirement.Window, input.AsOf);
        // Working arrays come from the shared pool: only what the result keeps is allocated (issue 13: a few KB per call).
        var count = input.Completions.Count;
        var admitted = ArrayPool<AdmittedActivity>.Shared.Rent(count);
        var ignored = ArrayPool<IgnoredCompletion>.Shared.Rent(count);
        var ordered = ArrayPool<CompletionFact>.Shared.Rent(count);
        var admittedCount = 0;
        var ignoredCount = 0;
        var countedOn = DateOnly.MinValue;
        try
        {
            InStableOrder(input.Completions, ordered.AsSpan(0, count));

            // Completions of one activity are adjacent in this order, so "already counted" only needs the last admission.
            for (var c = 0; c < count; c++)
            {
                var completion = ordered[c];
                input.Activities.TryGetValue(completion.ActivityCode, out var activity);
                var alreadyCounted = admittedCount > 0
                    && string.Equals(admitted[admittedCount - 1].Code, completion.ActivityCode, StringComparison.Ordinal);
                var distribution = activity is null ? null : FindDistribution(activity, requirement);
                var reason = FindReason(completion, activity, alreadyCounted, distribution, window);
                if (reason is null)
                {
                    admitted[admittedCount++] = new AdmittedActivity(completion.ActivityCode, distribution!);
                    countedOn = completion.CompletedOn;
                    continue;
                }

                ignored[ignoredCount++] = Ignore(completion, reason.Value, activity, requirement, countedOn, window);
            }

            return new ScreenedCompletions(admitted, admittedCount, ignored.AsSpan(0, ignoredCount).ToArray());
        }
        finally
        {
            ArrayPool<CompletionFact>.Shared.Return(ordered, clearArray: true);
            ArrayPool<IgnoredCompletion>.Shared.Return(ignored, clearArray: true);
        }
    }

    private static IgnoredCompletion Ignore(
        CompletionFact completion, IgnoredReason reason, ActivityFact? activity, RequirementSpec requirement, DateOnly countedOn, ResolvedWindow window)
    {
        var detail = reason switch
        {
            IgnoredReason.UnknownActivity => IgnoredDetail.UnknownActivity(completion),
            IgnoredReason.Duplicate => IgnoredDetail.Duplicate(completion, countedOn),
            IgnoredReason.NotDistributed => IgnoredDetail.NotDistributed(completion),
            IgnoredReason.NotTargeted => IgnoredDetail.NotTargeted(completion, requirement),
            IgnoredReason.OutsideWindow => IgnoredDetail.OutsideWindow(completion, window),
            _ => IgnoredDetail.Expired(completion, activity!.ExpiresOn.GetValueOrDefault()),
        };
        return new IgnoredCompletion(completion.ActivityCode, completion.CompletedOn, reason, detail);
    }

    private static IgnoredReason? FindReason(
        CompletionFact completion,
        ActivityFact? activity,
        bool alreadyCounted,
        DistributionFact? distribution,
        ResolvedWindow window)
    {
        if (activity is null)
        {
            return IgnoredReason.UnknownActivity;
        }

        if (alreadyCounted)
        {
            return IgnoredReason.Duplicate;
        }

        if (activity.Status != ActivityStatus.Distributed || activity.Distributions.Count == 0)
        {
            return IgnoredReason.NotDistributed;
        }

        if (distribution is null)
        {
            return IgnoredReason.NotTargeted;
        }

        if (!window.Contains(completion.CompletedOn))
        {
            return IgnoredReason.OutsideWindow;
        }

        return activity.ExpiresOn is DateOnly expiresOn && completion.CompletedOn > expiresOn
            ? IgnoredReason.Expired
            : null;
    }

    /// <summary>
    /// The activity's distribution for the requirement's discipline and outline kind (there is at most one; should the
    /// input hold several, the first in the activity's list is used). Its outline version does not matter.
    /// </summary>
    private static DistributionFact? FindDistribution(ActivityFact activity, RequirementSpec requirement)
    {
        // Indexed loops here and in CountedLine: foreach over an IReadOnlyList allocates an enumerator per call.
        var distributions = activity.Distributions;
        for (var i = 0; i < distributions.Count; i++)
        {
            var distribution = distributions[i];
            if (distribution.Kind == requirement.OutlineKind
                && string.Equals(distribution.DisciplineCode, requirement.DisciplineCode, StringComparison.Ordinal))
            {
                return distribution;
            }
        }

        return null;
    }

    private static void InStableOrder(IReadOnlyList<CompletionFact> completions, Span<CompletionFact> ordered)
    {
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = completions[i];
        }

        // Completions equal in code and date are equal records, so an unstable sort still gives one order.
        ordered.Sort(Compare);
    }

    private static int Compare(CompletionFact left, CompletionFact right)
    {
        var byCode = string.CompareOrdinal(left.ActivityCode, right.ActivityCode);
        return byCode != 0 ? byCode : left.CompletedOn.CompareTo(right.CompletedOn);
    }
}
