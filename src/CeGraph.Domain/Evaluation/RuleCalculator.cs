using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Evaluation;

/// <summary>
/// Phase 2 of an evaluation: what each rule earned and from which lines. Every rule is computed, in the requirement's
/// order, with no short-circuit. TOTAL_CREDITS takes every line; MIN_CREDITS_IN_CATEGORY on C takes the lines whose
/// category is C or lies below C in the requirement's outline. Contributions keep the (sorted) order of the counted lines.
/// </summary>
internal static class RuleCalculator
{
    public static RuleOutcome[] Compute(IReadOnlyList<RuleSpec> rules, ReadOnlySpan<CountedLine> lines, OutlineTree outline)
    {
        var ruleArray = rules.ToArray();
        var contributions = new List<Contribution>[ruleArray.Length];
        var earned = new long[ruleArray.Length];
        // Each MIN_CREDITS_IN_CATEGORY rule's category, found once in the outline; a line's category and its parents come from
        // the same outline, so the walk below compares references instead of codes.
        var ruleCategories = new OutlineCategory?[ruleArray.Length];
        for (var i = 0; i < ruleArray.Length; i++)
        {
            contributions[i] = new List<Contribution>(ruleArray[i].Kind == RuleKind.TotalCredits ? lines.Length : 0);
            ruleCategories[i] = ruleArray[i] is { Kind: RuleKind.MinCreditsInCategory, CategoryCode: { } code } ? outline.Find(code) : null;
        }

        foreach (var line in lines)
        {
            for (var i = 0; i < ruleArray.Length; i++)
            {
                if (ruleArray[i].Kind == RuleKind.TotalCredits)
                {
                    Add(contributions, earned, i, line.Contribution);
                }
            }

            AddToCategoryRules(ruleCategories, contributions, earned, line, outline);
        }

        var outcomes = new RuleOutcome[ruleArray.Length];
        for (var i = 0; i < ruleArray.Length; i++)
        {
            outcomes[i] = Outcome(ruleArray[i], new Credits(earned[i]), contributions[i], RuleDetail.For(ruleArray[i], lines, outline));
        }

        return outcomes;
    }

    /// <summary>
    /// Walks the line's category up to the root once, crediting every MIN_CREDITS_IN_CATEGORY rule met on the way. The walk
    /// is bounded by the outline's size, and a line credits a rule at most once, even should the outline hold a cycle.
    /// </summary>
    private static void AddToCategoryRules(
        OutlineCategory?[] ruleCategories, List<Contribution>[] contributions, long[] earned, CountedLine line, OutlineTree outline)
    {
        var category = line.Category;
        for (var steps = 0; category is not null && steps < outline.Categories.Count; steps++)
        {
            for (var i = 0; i < ruleCategories.Length; i++)
            {
                if (ReferenceEquals(ruleCategories[i], category) && !EndsWith(contributions[i], line.Contribution))
                {
                    Add(contributions, earned, i, line.Contribution);
                }
            }

            category = category.ParentCode is null ? null : outline.Find(category.ParentCode);
        }
    }

    private static void Add(List<Contribution>[] contributions, long[] earned, int rule, Contribution contribution)
    {
        contributions[rule].Add(contribution);
        earned[rule] = checked(earned[rule] + contribution.Credits.Hundredths);
    }

    private static bool EndsWith(List<Contribution> contributions, Contribution contribution) =>
        contributions.Count > 0 && ReferenceEquals(contributions[^1], contribution);

    private static RuleOutcome Outcome(RuleSpec rule, Credits earned, IReadOnlyList<Contribution> contributions, string? detail) =>
        new(
            Rule: rule,
            Required: rule.Required,
            Earned: earned,
            Remaining: Credits.Max(Credits.Zero, rule.Required - earned),
            Satisfied: earned >= rule.Required,
            Contributions: contributions,
            Detail: detail);
}
