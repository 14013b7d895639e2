namespace CeGraph.Domain.Evaluation;

/// <summary>
/// Checks a requirement definition before it is stored or evaluated. Pure; returns every problem found, rules first (in
/// rule order, each rule's problems in the order of <see cref="SpecProblemKind"/>), then the window. Empty when valid.
/// </summary>
public static class RequirementValidator
{
    public static IReadOnlyList<SpecProblem> Validate(RequirementSpec requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var problems = new List<SpecProblem>();
        for (var i = 0; i < requirement.Rules.Count; i++)
        {
            CheckRule(requirement, i, problems);
        }

        CheckWindow(requirement.Window, problems);
        return problems;
    }

    private static void CheckRule(RequirementSpec requirement, int index, List<SpecProblem> problems)
    {
        var rule = requirement.Rules[index];
        var outline = requirement.Outline;
        switch (rule.Kind)
        {
            case RuleKind.MinCreditsInCategory when rule.CategoryCode is null:
                problems.Add(new(SpecProblemKind.MissingCategory, index, $"Rule {index + 1} (MIN_CREDITS_IN_CATEGORY) names no category."));
                break;
            case RuleKind.MinCreditsInCategory when !outline.Contains(rule.CategoryCode):
                problems.Add(new(
                    SpecProblemKind.UnknownCategory,
                    index,
                    $"Rule {index + 1} names category {rule.CategoryCode}, which is not in outline version {outline.Version} of "
                    + $"{EvaluationText.Outline(outline.DisciplineCode, outline.Kind)}."));
                break;
            case RuleKind.TotalCredits when rule.CategoryCode is not null:
                problems.Add(new(SpecProblemKind.UnexpectedCategory, index, $"Rule {index + 1} (TOTAL_CREDITS) counts every category and must name none."));
                break;
            case RuleKind.TotalCredits or RuleKind.MinCreditsInCategory:
                break;
            default:
                problems.Add(new(SpecProblemKind.UnknownRuleKind, index, $"Rule {index + 1} has unknown kind {rule.Kind}."));
                break;
        }

        if (!rule.Required.IsPositive)
        {
            problems.Add(new(SpecProblemKind.NonPositiveCredits, index, $"Rule {index + 1} requires {rule.Required} credits; it must require more than 0."));
        }
    }

    private static void CheckWindow(CompletionWindow window, List<SpecProblem> problems)
    {
        string? message = window switch
        {
            { TrailingMonths: not null, Start: not null } or { TrailingMonths: not null, End: not null } =>
                "The window is either trailing months or fixed dates, not both.",
            { TrailingMonths: <= 0 } => $"The window must cover at least one month, not {window.TrailingMonths}.",
            { Start: DateOnly start, End: DateOnly end } when start > end =>
                $"The window starts on {EvaluationText.Date(start)}, after it ends on {EvaluationText.Date(end)}.",
            _ => null,
        };
        if (message is not null)
        {
            problems.Add(new(SpecProblemKind.InvalidWindow, null, message));
        }
    }
}
