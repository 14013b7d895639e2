using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Evaluation;

/// <summary>The note on a rule's outcome that explains anything unusual; null when there is nothing to explain.</summary>
internal static class RuleDetail
{
    public static string? For(RuleSpec rule, ReadOnlySpan<CountedLine> lines, OutlineTree outline) => rule.Kind switch
    {
        RuleKind.TotalCredits => ForTotal(rule, lines, outline),
        RuleKind.MinCreditsInCategory => ForCategory(rule, outline),
        _ => $"Rule kind {rule.Kind} is not known to this engine, so nothing counts toward it.",
    };

    private static string? ForTotal(RuleSpec rule, ReadOnlySpan<CountedLine> lines, OutlineTree outline)
    {
        var categoryNote = rule.CategoryCode is null
            ? null
            : $"TOTAL_CREDITS counts every category; the rule's category {rule.CategoryCode} is not used.";
        List<string>? outside = null;
        foreach (var line in lines)
        {
            var contribution = line.Contribution;
            if (!contribution.InRequirementOutline)
            {
                (outside ??= []).Add($"{contribution.ActivityCode} line in category {contribution.CategoryCode} ({contribution.Credits} credits)");
            }
        }

        var outsideNote = outside is null
            ? null
            : $"Not in outline version {outline.Version} of {EvaluationText.Outline(outline.DisciplineCode, outline.Kind)}, "
              + $"so counted toward TOTAL_CREDITS only: {string.Join("; ", outside)}.";
        return categoryNote is null ? outsideNote : outsideNote is null ? categoryNote : $"{categoryNote} {outsideNote}";
    }

    private static string? ForCategory(RuleSpec rule, OutlineTree outline)
    {
        if (rule.CategoryCode is null)
        {
            return "This rule names no category, so nothing counts toward it.";
        }

        return outline.Contains(rule.CategoryCode)
            ? null
            : $"Category {rule.CategoryCode} does not exist in outline version {outline.Version} of "
              + $"{EvaluationText.Outline(outline.DisciplineCode, outline.Kind)}, so nothing counts toward this rule.";
    }
}
