using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>
/// Which rules of a requirement a distribution line counts toward, by the line's category code, exactly as the engine counts:
/// every TOTAL_CREDITS rule; and each MIN_CREDITS_IN_CATEGORY rule whose category is the line's or an ancestor of it in the
/// requirement's outline version. A code missing from that version counts toward TOTAL_CREDITS only.
/// </summary>
internal sealed class RuleMatcher
{
    private readonly Dictionary<string, int[]> _byCode = new(StringComparer.Ordinal);
    private readonly int[] _totalOnly;

    public RuleMatcher(RequirementSpec requirement)
    {
        var rules = requirement.Rules;
        _totalOnly = [.. Enumerable.Range(0, rules.Count).Where(i => rules[i].Kind == RuleKind.TotalCredits)];
        var outline = requirement.Outline;
        foreach (var category in outline.Categories)
        {
            var matched = new List<int>(_totalOnly);
            var current = category;
            for (var steps = 0; current is not null && steps < outline.Categories.Count; steps++)
            {
                for (var i = 0; i < rules.Count; i++)
                {
                    if (rules[i].Kind == RuleKind.MinCreditsInCategory
                        && string.Equals(rules[i].CategoryCode, current.Code, StringComparison.Ordinal)
                        && !matched.Contains(i))
                    {
                        matched.Add(i);
                    }
                }

                current = current.ParentCode is null ? null : outline.Find(current.ParentCode);
            }

            _byCode[category.Code] = [.. matched];
        }
    }

    /// <summary>The rule indexes a line in category <paramref name="code"/> counts toward.</summary>
    public int[] RulesFor(string code) => _byCode.TryGetValue(code, out var rules) ? rules : _totalOnly;

    /// <summary>What the lines add to each rule, in hundredths.</summary>
    public long[] Contributions(IReadOnlyList<LineFact> lines, int ruleCount)
    {
        var contributions = new long[ruleCount];
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            foreach (var rule in RulesFor(line.CategoryCode))
            {
                contributions[rule] = checked(contributions[rule] + line.Credits.Hundredths);
            }
        }

        return contributions;
    }
}
